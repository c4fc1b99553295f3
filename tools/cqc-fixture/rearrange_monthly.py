#!/usr/bin/env python3
"""Re-arrange real CQC API location records into the monthly care directory's CSV layout.

No real copy of the monthly `DD_Month_YYYY_CQC_directory.csv` was found (see Tests/Fixtures/cqc-source/README.md),
so this writes the registered social care records of `api-locations/` in that layout: a byte-order mark, a title
block, the documented header, lists separated by `|`. Every value comes from the records; nothing is invented.
Provider names are empty (an API location record does not carry its provider's name).
"""
import csv, glob, io, json, os, sys

HERE = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "Fixtures", "cqc-source")
HEADER = ["Name", "Also known as", "Address", "Postcode", "Phone number", "Service's website (if available)",
          "Service types", "Date of latest check", "Specialisms/services", "Provider name", "Local authority", "Region",
          "Location URL", "CQC Location ID (for office use only)", "CQC Provider ID (for office use only)"]


def uk_date(iso):
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}" if iso else ""


def main():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "api-locations", "*.json"))):
        record = json.load(open(path))
        if record.get("type") != "Social Care Org" or record.get("registrationStatus") != "Registered":
            continue
        address = ", ".join(x for x in [record.get("postalAddressLine1"), record.get("postalAddressLine2"),
                                         record.get("postalAddressTownCity")] if x)
        rows.append([record.get("name", ""), "", address, record.get("postalCode", ""), record.get("mainPhoneNumber", ""),
                     record.get("website", ""), "|".join(t["name"] for t in record.get("gacServiceTypes", [])),
                     uk_date((record.get("lastInspection") or {}).get("date", "")),
                     "|".join(s["name"] for s in record.get("specialisms", [])), "", record.get("localAuthority", ""),
                     record.get("region", ""), f"https://www.cqc.org.uk/location/{record['locationId']}",
                     record["locationId"], record.get("providerId", "")])
    out = io.StringIO()
    out.write("\ufeffCQC Locations data\r\n")
    out.write("This data was produced on 13 March 2025 (re-arranged from real CQC API records; see README.md)\r\n")
    out.write("\r\n")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    target = os.path.join(HERE, "care-directory-monthly-rearranged.csv")
    open(target, "w", encoding="utf-8", newline="").write(out.getvalue())
    print(f"wrote {len(rows)} rows to {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
