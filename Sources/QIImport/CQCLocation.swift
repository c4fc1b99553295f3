import QIDomain

/// One CQC location as the importer needs it, whatever file it came from: only the fields qid uses (no registered
/// manager, no nominated individual: those columns and fields are never read).
public struct CQCLocation: Sendable, Equatable {
    public var locationID: String
    public var providerID: String?
    public var name: String?
    /// The registered provider's name.
    public var organisation: String?
    public var addressLines: [String] = []
    public var postcode: String?
    public var uprn: String?
    public var registrationStatus: CQCRegistrationStatus?
    public var registered: Day?
    public var deregistered: Day?
    public var dormant: Bool?
    public var localAuthority: String?
    public var phone: String?
    public var website: String?
    /// Service types in either of CQC's vocabularies ("Residential homes", "Care home service without nursing").
    public var serviceTypes: [String] = []
    /// Specialisms and service user bands ("Caring for adults over 65 yrs").
    public var specialisms: [String] = []
    /// The API's `type` ("Social Care Org", "Primary Dental Care"), when the file has it.
    public var organisationType: String?
    public var overall: ImportedRating?
    public var keyQuestions: [CQCKeyQuestion: ImportedRating] = [:]
    public var lastInspection: Day?
    public var latestReport: Day?

    public init(locationID: String) {
        self.locationID = locationID
    }

    /// Every date in the record: the newest is a lower bound for the date of the data.
    var dates: [Day] {
        [registered, deregistered, lastInspection, latestReport, overall?.date].compactMap { $0 }
            + keyQuestions.values.compactMap(\.date)
    }

    /// Fills what this record lacks from another record of the same location (a second file); what it has wins.
    mutating func fill(from other: CQCLocation) {
        providerID = providerID ?? other.providerID
        name = name ?? other.name
        organisation = organisation ?? other.organisation
        if addressLines.isEmpty { addressLines = other.addressLines }
        postcode = postcode ?? other.postcode
        uprn = uprn ?? other.uprn
        registrationStatus = registrationStatus ?? other.registrationStatus
        registered = registered ?? other.registered
        deregistered = deregistered ?? other.deregistered
        dormant = dormant ?? other.dormant
        localAuthority = localAuthority ?? other.localAuthority
        phone = phone ?? other.phone
        website = website ?? other.website
        if serviceTypes.isEmpty { serviceTypes = other.serviceTypes }
        if specialisms.isEmpty { specialisms = other.specialisms }
        organisationType = organisationType ?? other.organisationType
        overall = overall ?? other.overall
        keyQuestions.merge(other.keyQuestions) { mine, _ in mine }
        lastInspection = lastInspection ?? other.lastInspection
        latestReport = [latestReport, other.latestReport].compactMap { $0 }.max()
    }
}

/// A CQC rating as read: the value, its report's date, and whether a predecessor earned it.
public struct ImportedRating: Sendable, Equatable {
    public var value: CQCRatingValue
    public var date: Day?
    public var inherited: Bool

    public init(value: CQCRatingValue, date: Day?, inherited: Bool = false) {
        self.value = value
        self.date = date
        self.inherited = inherited
    }
}
