import QIDomain

/// The columns qid reads from CQC's spreadsheets, each under the names it has had over the years.
///
/// A header is matched ignoring case, spaces and punctuation ("CQC Location ID (for office use only)" is
/// `cqclocationidforofficeuseonly`).
enum CSVField: String, CaseIterable, Sendable {
    case locationID = "location id"
    case providerID = "provider id"
    case name
    case organisation = "provider name"
    case address, address1 = "address 1", address2 = "address 2", town = "town or city"
    case postcode, uprn, phone, website
    case localAuthority = "local authority"
    case serviceTypes = "service types"
    case specialisms = "specialisms or service users"
    case registered = "registration date"
    case deregistered = "deregistration date"
    case dormant
    case overall = "overall rating"
    case publicationDate = "rating publication date"
    case safe, effective, caring, responsive
    case wellLed = "well-led"
    case lastInspection = "latest check"
    case reportDate = "report publication date"

    /// The header names it has gone by, normalised.
    var names: [String] {
        switch self {
        case .locationID: return ["locationid", "cqclocationidforofficeuseonly", "cqclocationid"]
        case .providerID: return ["providerid", "cqcprovideridforofficeuseonly", "cqcproviderid"]
        case .name: return ["locationname", "name"]
        case .organisation: return ["providername"]
        case .address: return ["address", "locationaddress"]
        case .address1: return ["address1", "addressline1"]
        case .address2: return ["address2", "addressline2"]
        case .town: return ["towncity", "town"]
        case .postcode: return ["postcode", "locationpostcode", "postalcode"]
        case .uprn: return ["locationuprn", "locationuprnid", "uprn"]
        case .phone: return ["phonenumber", "locationtelephonenumber", "telephonenumber"]
        case .website: return ["serviceswebsiteifavailable", "locationwebaddress", "website"]
        case .localAuthority: return ["localauthority", "locationlocalauthority"]
        case .serviceTypes: return ["servicetypes", "servicetype"]
        case .specialisms: return ["specialismsservices", "serviceuserssupported", "serviceuserbands"]
        case .registered: return ["locationhscastartdate", "registrationdate"]
        case .deregistered: return ["locationhscaenddate", "deregistrationdate"]
        case .dormant: return ["dormant", "dormancy"]
        case .overall: return ["locationlatestoverallrating", "latestoverallrating", "overallrating"]
        case .publicationDate: return ["publicationdate"]
        case .safe: return ["locationsaferating", "saferating", "safe"]
        case .effective: return ["locationeffectiverating", "effectiverating", "effective"]
        case .caring: return ["locationcaringrating", "caringrating", "caring"]
        case .responsive: return ["locationresponsiverating", "responsiverating", "responsive"]
        case .wellLed: return ["locationwellledrating", "wellledrating", "wellled"]
        case .lastInspection: return ["dateoflatestcheck", "lastinspectiondate"]
        case .reportDate: return ["reportpublicationdate", "latestreportdate"]
        }
    }

    static func normalised(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
    }

    /// Names never read, whatever the sheet: people's names are not imported.
    static func isPersonal(_ normalisedHeader: String) -> Bool {
        normalisedHeader.contains("manager") || normalisedHeader.contains("nominatedindividual")
    }
}

/// A header row matched against `CSVField`: which column holds each field.
struct CSVColumns: Sendable {
    /// Field → (column index, the header as the file writes it).
    private(set) var columns: [CSVField: (index: Int, header: String)] = [:]

    init(header: [String]) {
        let normalised = header.map(CSVField.normalised)
        for field in CSVField.allCases {
            for name in field.names {
                if let index = normalised.firstIndex(of: name), !CSVField.isPersonal(name) {
                    columns[field] = (index, header[index].trimmingSpaces)
                    break
                }
            }
        }
    }

    func has(_ field: CSVField) -> Bool { columns[field] != nil }

    func value(_ field: CSVField, in row: [String]) -> String? {
        guard let index = columns[field]?.index, index < row.count else { return nil }
        return row[index].nonEmpty
    }

    /// "Location ID → location id, …" in the fields' order, for the summary.
    var used: String {
        CSVField.allCases.compactMap { field in columns[field].map { "\($0.header) → \(field.rawValue)" } }.joined(separator: ", ")
    }
}
