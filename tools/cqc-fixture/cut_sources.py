#!/usr/bin/env python3
"""Cuts Tests/Fixtures/cqc-source/ from real CQC files (see Tests/Fixtures/cqc-source/README.md).

Usage: cut_sources.py OUT_DIR API_LOCATION_DIR LOCATIONS_HEAD_CSV OUTPUT_HEAD_CSV

  API_LOCATION_DIR    olliekeane123/oldham-cqc-etl-python mock_api/dummy_data/location_details (CQC API v1 records)
  LOCATIONS_HEAD_CSV  mooperd/cqc-companies Locations-head.csv (CQC "care directory with filters" sheet as CSV)
  OUTPUT_HEAD_CSV     mooperd/cqc-companies output-head.csv (CQC directory export, older layout, no title block)

Rows are only selected, never edited, except that names of registered managers are removed: the API records'
regulatedActivities[].contacts become [] (each file is then written back exactly as its source was serialised,
json.dumps(indent=4, sort_keys=True), which this script checks byte for byte on the unredacted record), and the
sheet's "Registered manager" column is dropped (its other bytes are checked the same way).
"""
import csv
import io
import json
import os
import sys

API_IDS = [
    "1-10820630788",  # Helping Hands Oldham: home care, rated Good with five key questions, UPRN
    "1-109570155",    # Neville House Residential Home: care home without nursing
    "1-120031878",    # Alexandra - Oldham: care home with nursing, beds
    "1-16964879095",  # Chadderton Total Care: ratings inherited from a predecessor (organisationId)
    "1-443780345",    # Future Directions CIC: home care and supported living, Outstanding
    "1-10024040008",  # Ebenezer Care Services: dormant, not yet rated
    "1-3995862205",   # Italia House: deregistered, Inadequate
    "1-1015412687",   # Ripponden Road Dental Practice: a health service an importer must skip
]
SHEET_IDS = [
    "1-143332621",    # 1 & 2 Hedgerows: care home without nursing, every rating
    "1-21268168552",  # AbilityAvenue Care: supported living, dormant, not yet rated
    "1-22940471514",  # ASP Healthcare Services Ltd: domiciliary care, dormant
]
SHEET_PICK = [
    ("Care home service with nursing", 1), ("Domiciliary care service", 2),
    ("Domiciliary care service, Supported living service", 1), ("Extra Care housing services", 1),
]
DIRECTORY_PICK = [("Homecare agencies", 2), ("Residential homes", 1), ("Supported living", 1),
                  ("Homecare agencies,Supported living", 1), ("Dentist", 1), ("Organisation", 1)]


def redact(node):
    if isinstance(node, dict):
        return {key: ([] if key == "contacts" else redact(value)) for key, value in node.items()}
    if isinstance(node, list):
        return [redact(item) for item in node]
    return node


def api(out, folder):
    os.makedirs(out, exist_ok=True)
    for ident in API_IDS:
        name = f"location_{ident}.json"
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            raw = handle.read()
        record = json.loads(raw)
        assert json.dumps(record, indent=4, sort_keys=True) == raw, name
        with open(os.path.join(out, name), "w", encoding="utf-8") as handle:
            handle.write(json.dumps(redact(record), indent=4, sort_keys=True))


def records(raw):
    """The raw text of each CSV record (a record ends at a newline outside quotes)."""
    out, current = [], ""
    for line in raw.splitlines(keepends=True):
        current += line
        if current.count('"') % 2 == 0:
            out.append(current)
            current = ""
    return out


def sheet(out, path):
    with open(path, encoding="utf-8", newline="") as handle:
        raw = handle.read()
    lines = records(raw)
    header = next(csv.reader([lines[0]]))
    drop = header.index("Registered manager")
    chosen, counts = [], {}
    for line in lines[1:]:
        row = next(csv.reader(io.StringIO(line)))
        kind = row[header.index("Service Types")]
        want = dict(SHEET_PICK).get(kind, 0)
        if row[1] in SHEET_IDS or (counts.get(kind, 0) < want and row[1] not in SHEET_IDS):
            if row[1] not in SHEET_IDS:
                counts[kind] = counts.get(kind, 0) + 1
            chosen.append((line, row))
    text = io.StringIO()
    writer = csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\n")
    for line, row in [(lines[0], header)] + chosen:
        check = io.StringIO()
        csv.writer(check, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(row)
        assert check.getvalue() == line, line
        writer.writerow(row[:drop] + row[drop + 1:])
    with open(out, "w", encoding="utf-8", newline="") as handle:
        handle.write(text.getvalue())


def directory(out, path):
    with open(path, encoding="utf-8", newline="") as handle:
        raw = handle.read()
    lines = records(raw)
    header = next(csv.reader([lines[0]]))
    kinds = header.index("Service types")
    chosen, counts = [lines[0]], {}
    for line in lines[1:]:
        row = next(csv.reader(io.StringIO(line)))
        kind = row[kinds]
        if counts.get(kind, 0) < dict(DIRECTORY_PICK).get(kind, 0):
            counts[kind] = counts.get(kind, 0) + 1
            chosen.append(line)
    with open(out, "w", encoding="utf-8", newline="") as handle:
        handle.write("".join(chosen))


def main():
    out, api_dir, sheet_csv, directory_csv = sys.argv[1:5]
    api(os.path.join(out, "api-locations"), api_dir)
    sheet(os.path.join(out, "care-directory-with-ratings.csv"), sheet_csv)
    directory(os.path.join(out, "directory-export.csv"), directory_csv)


if __name__ == "__main__":
    main()
