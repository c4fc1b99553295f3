#!/usr/bin/env python3
"""Builds Tests/Fixtures/cqc-real/ from real CQC location records (see Tests/Fixtures/cqc-real/README.md).

Usage: convert.py OUT_DIR [--trafford CSV ...] [--api-dir DIR] [--api-csv CSV] [--api-csv-la NAME ...]

  --trafford CSV ...  versions of traffordDataLab/open_data care_homes/trafford_care_homes.csv, newest first (an
                      extract of CQC's care directory; columns name, cqc_id, type, address, postcode, telephone,
                      website, provider). A location in several versions keeps its newest record.
  --api-dir DIR       a folder of CQC public API v1 location records, one JSON file each, and optionally a sibling
                      provider_details/ folder of provider records (olliekeane123/oldham-cqc-etl-python
                      mock_api/dummy_data/location_details). Only registered social care locations are used.
  --api-csv CSV       CQC public API v1 location records flattened to CSV by pandas, nested fields written as
                      Python literals (PhilPearson83/CQC_carehome_data_extraction cqc_care_homes.csv); only rows
                      whose localAuthority is one of --api-csv-la.

Only real values are written: nothing is invented beyond the fixed, clearly fictional QI rating that every
provider needs to check clean (one green on-site review, the same for all). Names of registered managers and
nominated individuals are never read.
"""
import argparse
import ast
import csv
import glob
import json
import os
import re
import shutil

# CQC service types, in both of CQC's vocabularies (API names, spreadsheet descriptions) → Oxfordshire policy types.
SERVICES = {
    "Residential homes": "care-home-residential", "Care home service without nursing": "care-home-residential",
    "Nursing homes": "care-home-nursing", "Care home service with nursing": "care-home-nursing",
    "Homecare agencies": "home-care", "Domiciliary care service": "home-care",
    "Supported living": "supported-living", "Supported living service": "supported-living",
    "Extra Care housing services": "extra-care",
}
# CQC specialisms (service user bands) → service areas.
AREAS = {"Caring for adults over 65 yrs": "age-well", "Caring for adults under 65 yrs": "live-well",
         "Caring for children": "start-well", "Caring for children (0 - 18yrs)": "start-well"}
AREA_ORDER = ["start-well", "live-well", "age-well"]
STANDARDS = ["leadership", "staffing", "skills", "personalisation", "care-planning", "health-safety",
             "safeguarding", "quality-assurance", "involvement", "partnership"]


def text(value):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "provider"


def phone(value):
    # Some extracts stored numbers as numbers, dropping the leading 0 of UK numbers: put it back.
    digits = re.sub(r"\D", "", value or "")
    if not digits or value == "NA":
        return None
    return digits if digits.startswith("0") else "0" + digits


def present(value):
    return value if value and value not in ("NA", "nan") else None


def record(**fields):
    """One location, as the tree needs it: every value from the source or None."""
    return fields


def from_trafford(paths):
    out = {}
    for source in paths:
        with open(source, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                cqc = row.get("cqc_id", "")
                if re.fullmatch(r"1-\d+", cqc) and cqc not in out:
                    services = [SERVICES[kind] for kind in row["type"].split("|") if kind in SERVICES]
                    out[cqc] = record(
                        name=row["name"], organisation=present(row.get("provider")), services=services,
                        areas=["age-well"], locality="Trafford", address=row["address"], postcode=row["postcode"],
                        cqc_location=cqc, cqc_provider=None, uprn=None, phone=phone(row.get("telephone")),
                        website=present(row.get("website")))
    return out


def api_location(loc, locality, organisation):
    kinds = [item["name"] for item in loc.get("gacServiceTypes") or []]
    services = list(dict.fromkeys(SERVICES[kind] for kind in kinds if kind in SERVICES))
    bands = {AREAS[item["name"]] for item in loc.get("specialisms") or [] if item["name"] in AREAS}
    address = ", ".join(part for part in (loc.get("postalAddressLine1"), loc.get("postalAddressLine2"),
                                          loc.get("postalAddressTownCity")) if present(part))
    uprn = present(str(loc.get("uprn") or ""))
    return record(
        name=loc["name"].strip(), organisation=organisation, services=services,
        areas=[area for area in AREA_ORDER if area in bands] or ["age-well"], locality=locality, address=address,
        postcode=loc["postalCode"], cqc_location=loc["locationId"], cqc_provider=present(loc.get("providerId")),
        uprn=uprn, phone=phone(str(loc.get("mainPhoneNumber") or "")), website=present(loc.get("website")))


def wanted(loc):
    return loc.get("type") == "Social Care Org" and loc.get("registrationStatus") == "Registered"


def from_api_dir(folder):
    providers = {}
    for path in glob.glob(os.path.join(folder, "..", "provider_details", "*.json")):
        with open(path, encoding="utf-8") as handle:
            provider = json.load(handle)
        providers[provider["providerId"]] = provider["name"]
    out = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path, encoding="utf-8") as handle:
            loc = json.load(handle)
        if wanted(loc):
            out[loc["locationId"]] = api_location(loc, loc["localAuthority"], providers.get(loc.get("providerId")))
    return out


def from_api_csv(path, authorities):
    out = {}
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["localAuthority"] not in authorities or not wanted(row):
                continue
            loc = dict(row)
            for key in ("gacServiceTypes", "specialisms"):
                loc[key] = ast.literal_eval(row[key]) if row[key] else []
            out[loc["locationId"]] = api_location(loc, loc["localAuthority"], None)
    return out


def write(out, records):
    readme = os.path.join(out, "README.md")
    kept = open(readme, encoding="utf-8").read() if os.path.exists(readme) else None
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "providers"))
    if kept is not None:
        with open(readme, "w", encoding="utf-8") as handle:
            handle.write(kept)
    used = set()
    for cqc in sorted(records, key=lambda key: (records[key]["name"].lower(), key)):
        row = records[cqc]
        ident = slug(row["name"])
        if ident in used:
            ident = f"{ident}-{cqc[2:]}"
        used.add(ident)
        lines = [f"name: {text(row['name'])}"]
        if row["organisation"]:
            lines.append(f"organisation: {text(row['organisation'])}")
        lines += [
            f"services: [{', '.join(row['services'] or ['other'])}]",
            f"service_areas: [{', '.join(row['areas'])}]",
            f"locality: {row['locality']}",
            f"address: {text(row['address'])}",
            f"postcode: {text(row['postcode'])}",
            "registration:",
            f"  cqc_location: {cqc}",
        ]
        if row["cqc_provider"]:
            lines.append(f"  cqc_provider: {row['cqc_provider']}")
        if row["uprn"]:
            lines.append(f"  uprn: {text(row['uprn'])}")
        lines += ["status: active", "commissioned_since: 2019-04-01"]
        contact = []
        if row["phone"]:
            contact.append(f"phone: {text(row['phone'])}")
        if row["website"]:
            contact.append(f"website: {text(row['website'])}")
        if contact:
            lines.append("contact: {" + ", ".join(contact) + "}")
        folder = os.path.join(out, "providers", ident)
        os.makedirs(os.path.join(folder, "ratings"))
        with open(os.path.join(folder, "provider.yaml"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
        rating = ["date: 2026-01-15", "basis: on-site-review", "officer: qi-officer", "standards:"]
        rating += [f"  {key}: {'not-assessed' if key == 'partnership' else 'green'}" for key in STANDARDS]
        rating += ["overall: green", "outcome: good", "next_review: 2027-01-15"]
        with open(os.path.join(folder, "ratings", "2026-01-15.yaml"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(rating) + "\n")
    localities = sorted({row["locality"] for row in records.values()})
    with open(os.path.join(out, "directory.yaml"), "w", encoding="utf-8") as handle:
        handle.write("title: Care providers in Oldham, Plymouth, Torbay and Trafford (real CQC records)\n"
                     "organisation: Test fixture, not a council's directory\n"
                     f"policy: oxfordshire\nbase_url: /\ncontact: qi@example.org\nlocalities: [{', '.join(localities)}]\n"
                     "extra_holidays: []\n")
    with open(os.path.join(out, "officers.yaml"), "w", encoding="utf-8") as handle:
        handle.write("- id: qi-officer\n  name: QI Officer\n  roles: [qi-officer]\n  teams: [start-well, live-well, age-well]\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--trafford", nargs="*", default=[])
    parser.add_argument("--api-dir")
    parser.add_argument("--api-csv")
    parser.add_argument("--api-csv-la", nargs="*", default=[])
    args = parser.parse_args()
    records = {}
    for batch in (from_trafford(args.trafford),
                  from_api_dir(args.api_dir) if args.api_dir else {},
                  from_api_csv(args.api_csv, set(args.api_csv_la)) if args.api_csv else {}):
        for cqc, row in batch.items():
            records.setdefault(cqc, row)
    write(args.out, records)
    counts = {}
    for row in records.values():
        counts[row["locality"]] = counts.get(row["locality"], 0) + 1
    print(f"{len(records)} locations written to {args.out}: {counts}; "
          f"{sum(1 for r in records.values() if r['uprn'])} with a UPRN, "
          f"{sum(1 for r in records.values() if r['cqc_provider'])} with a CQC provider id")


if __name__ == "__main__":
    main()
