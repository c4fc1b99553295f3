import QIDomain

/// The text of the two files the importer writes, byte for byte the same for the same data (keys in a fixed
/// order, every text value double-quoted and escaped), so a second import of the same files changes nothing.
enum RecordText {
    /// A new `providers/ID/provider.yaml`: what an officer then owns and edits; never rewritten by the importer.
    static func provider(_ location: CQCLocation, _ mapped: MappedLocation) -> String {
        var lines: [String] = []
        lines.append("name: \(quoted(location.name ?? location.locationID))")
        if let organisation = location.organisation { lines.append("organisation: \(quoted(organisation))") }
        lines.append("services: [\(mapped.services.joined(separator: ", "))]")
        lines.append("service_areas: [\(mapped.serviceAreas.joined(separator: ", "))]")
        lines.append("locality: \(quoted(mapped.locality))")
        if !location.addressLines.isEmpty { lines.append("address: \(quoted(location.addressLines.joined(separator: ", ")))") }
        if let postcode = location.postcode { lines.append("postcode: \(quoted(postcode))") }
        lines.append("registration:")
        lines.append("  cqc_location: \(location.locationID)")
        if let provider = location.providerID, RegistrationID.cqcProvider.isValid(provider) { lines.append("  cqc_provider: \(provider)") }
        if let uprn = location.uprn, RegistrationID.uprn.isValid(uprn) { lines.append("  uprn: \(quoted(uprn))") }
        lines.append("status: active")
        var contact: [String] = []
        if let phone = location.phone, SafeLink.phone(phone) == nil { contact.append("phone: \(quoted(phone))") }
        if let website = location.website, SafeLink.website(website) == nil { contact.append("website: \(quoted(website))") }
        if !contact.isEmpty { lines.append("contact: {\(contact.joined(separator: ", "))}") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `providers/ID/cqc.yaml`: only the importer writes it (its format is in the README).
    static func cqc(_ location: CQCLocation, dataDate: Day) -> String {
        var lines = [
            "# Written by qid import cqc from CQC's data; the next import replaces it, so do not edit it.",
            "# Contains CQC data, Open Government Licence v3.0.",
            "location: \(location.locationID)",
            "registration_status: \((location.registrationStatus ?? .registered).rawValue)",
        ]
        if let registered = location.registered { lines.append("registered: \(registered)") }
        if let deregistered = location.deregistered { lines.append("deregistered: \(deregistered)") }
        lines.append("dormant: \(location.dormant ?? false)")
        if let overall = location.overall { lines.append("overall: \(rating(overall))") }
        for question in CQCKeyQuestion.allCases {
            if let rating = location.keyQuestions[question] { lines.append("\(question.rawValue): \(self.rating(rating))") }
        }
        if let inspection = location.lastInspection { lines.append("last_inspection: \(inspection)") }
        if let report = location.latestReport { lines.append("latest_report: \(report)") }
        lines.append("data_date: \(dataDate)")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func rating(_ rating: ImportedRating) -> String {
        var parts = ["rating: \(rating.value.rawValue)"]
        if let date = rating.date { parts.append("date: \(date)") }
        if rating.inherited { parts.append("inherited: true") }
        return "{\(parts.joined(separator: ", "))}"
    }

    /// A YAML double-quoted scalar: `\` and `"` escaped, control characters as `\u` escapes.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n", "\r", "\t": result += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
