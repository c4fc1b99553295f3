#!/usr/bin/env python3
"""Builds Tests/Fixtures/cqc-real/ from real CQC care-home records (see Tests/Fixtures/cqc-real/README.md).

Usage: convert.py OUT_DIR CSV [CSV ...]   (newest CSV first; a location in several files keeps its newest record)

Each CSV is a version of traffordDataLab/open_data care_homes/trafford_care_homes.csv, an extract of CQC's
care directory. Columns used: name, cqc_id, type, address, postcode, telephone, website, provider.
Only real values are written: nothing is invented beyond the fixed, clearly fictional QI rating that every
provider needs to check clean (one green on-site review, the same for all).
"""
import csv
import json
import os
import re
import shutil
import sys

SERVICES = {"Nursing homes": "care-home-nursing", "Residential homes": "care-home-residential"}
STANDARDS = ["leadership", "staffing", "skills", "personalisation", "care-planning", "health-safety",
             "safeguarding", "quality-assurance", "involvement", "partnership"]


def text(value):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "provider"


def phone(value):
    # The extract stored numbers as numbers, dropping the leading 0 of UK numbers: put it back.
    digits = re.sub(r"\D", "", value or "")
    if not digits or value == "NA":
        return None
    return digits if digits.startswith("0") else "0" + digits


def main():
    out, sources = sys.argv[1], sys.argv[2:]
    records = {}
    for source in sources:
        with open(source, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                cqc = row.get("cqc_id", "")
                if re.fullmatch(r"1-\d+", cqc) and cqc not in records:
                    records[cqc] = row
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "providers"))
    used = set()
    for cqc in sorted(records, key=lambda key: (records[key]["name"].lower(), key)):
        row = records[cqc]
        ident = slug(row["name"])
        if ident in used:
            ident = f"{ident}-{cqc[2:]}"
        used.add(ident)
        services = [SERVICES[kind] for kind in row["type"].split("|") if kind in SERVICES] or ["other"]
        lines = [
            f"name: {text(row['name'])}",
            f"organisation: {text(row['provider'])}",
            f"services: [{', '.join(services)}]",
            "service_areas: [age-well]",
            "locality: Trafford",
            f"address: {text(row['address'])}",
            f"postcode: {text(row['postcode'])}",
            "registration:",
            f"  cqc_location: {cqc}",
            "status: active",
            "commissioned_since: 2019-04-01",
        ]
        contact = []
        if phone(row.get("telephone")):
            contact.append(f"phone: {text(phone(row['telephone']))}")
        if row.get("website") and row["website"] != "NA":
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
    with open(os.path.join(out, "directory.yaml"), "w", encoding="utf-8") as handle:
        handle.write("title: Care homes in Trafford (real CQC records)\norganisation: Test fixture, not a council's directory\n"
                     "policy: oxfordshire\nbase_url: /\ncontact: qi@example.org\nlocalities: [Trafford]\nextra_holidays: []\n")
    with open(os.path.join(out, "officers.yaml"), "w", encoding="utf-8") as handle:
        handle.write("- id: qi-officer\n  name: QI Officer\n  roles: [qi-officer]\n  teams: [age-well]\n")
    print(f"{len(records)} locations written to {out}")


if __name__ == "__main__":
    main()
