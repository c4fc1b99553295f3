/// `providers/ID/provider.yaml` and everything under its folder.
public struct Provider: Sendable {
    /// The folder name: the provider's stable id and address.
    public var id: String
    /// `providers/ID/provider.yaml` as displayed in diagnostics.
    public var file: String
    public var name: Located<String>
    public var organisation: String?
    public var services: [Located<String>]
    public var serviceAreas: [Located<String>]
    public var locality: Located<String>?
    /// `covers:`: the localities a service delivered in people's homes (home care, supported living …) reaches,
    /// beyond the one its office is in; each one of directory.yaml's (QI-F13).
    public var covers: [Located<String>]
    public var outOfCounty: Bool
    public var address: String?
    public var postcode: String?
    public var registration: Registration
    public var contract: Contract?
    public var officer: Located<String>?
    public var status: Located<ProviderStatus>
    public var commissionedSince: Located<Day>?
    public var contact: ProviderContact
    /// Internal Markdown: never in a public build.
    public var internalNotes: String?
    /// Sorted by date.
    public var ratings: [Rating]
    /// Sorted by file name (raised date, then slug).
    public var concerns: [Concern]
    /// `cqc.yaml`: CQC's facts as `qid import cqc` last wrote them; nil when the provider has none.
    public var cqc: CQCRecord?

    public init(
        id: String, file: String, name: Located<String>, organisation: String? = nil,
        services: [Located<String>], serviceAreas: [Located<String>], locality: Located<String>? = nil,
        outOfCounty: Bool = false, address: String? = nil, postcode: String? = nil,
        registration: Registration = Registration(), contract: Contract? = nil, officer: Located<String>? = nil,
        status: Located<ProviderStatus>, commissionedSince: Located<Day>? = nil,
        contact: ProviderContact = ProviderContact(), internalNotes: String? = nil,
        ratings: [Rating] = [], concerns: [Concern] = [], cqc: CQCRecord? = nil, covers: [Located<String>] = []
    ) {
        self.id = id
        self.file = file
        self.name = name
        self.organisation = organisation
        self.services = services
        self.serviceAreas = serviceAreas
        self.locality = locality
        self.covers = covers
        self.outOfCounty = outOfCounty
        self.address = address
        self.postcode = postcode
        self.registration = registration
        self.contract = contract
        self.officer = officer
        self.status = status
        self.commissionedSince = commissionedSince
        self.contact = contact
        self.internalNotes = internalNotes
        self.ratings = ratings
        self.concerns = concerns
        self.cqc = cqc
    }

    public func concern(withID id: String) -> Concern? {
        concerns.first { $0.id == id }
    }

    /// Whether a placement in `locality` can use this provider: it is located there or covers it (`covers:`).
    public func serves(locality name: String) -> Bool {
        locality?.value == name || covers.contains { $0.value == name }
    }
}

/// Public registration ids: regulators' ids (each linked to its public register page), the property's UPRN and the
/// Companies House number.
///
/// Each is checked against its format (`RegistrationID`).
public struct Registration: Sendable {
    public var cqcLocation: String?
    public var cqcProvider: String?
    public var ofstedURN: String?
    /// Unique Property Reference Number: up to 12 digits.
    public var uprn: String?
    /// Companies House company number: 8 characters.
    public var companiesHouse: String?

    public init(
        cqcLocation: String? = nil, cqcProvider: String? = nil, ofstedURN: String? = nil, uprn: String? = nil,
        companiesHouse: String? = nil
    ) {
        self.cqcLocation = cqcLocation
        self.cqcProvider = cqcProvider
        self.ofstedURN = ofstedURN
        self.uprn = uprn
        self.companiesHouse = companiesHouse
    }

    /// The value recorded for `id`, if any.
    public func value(of id: RegistrationID) -> String? {
        switch id {
        case .cqcLocation: return cqcLocation
        case .cqcProvider: return cqcProvider
        case .ofstedURN: return ofstedURN
        case .uprn: return uprn
        case .companiesHouse: return companiesHouse
        }
    }
}

/// The council's contract: what decides the review level (QI-V1).
public struct Contract: Sendable {
    public var tier: Located<ContractTier>?
    /// GBP a year, summed over contracts.
    public var annualValue: Located<Int>?
    public var criticality: Located<Criticality>?

    public init(tier: Located<ContractTier>? = nil, annualValue: Located<Int>? = nil, criticality: Located<Criticality>? = nil) {
        self.tier = tier
        self.annualValue = annualValue
        self.criticality = criticality
    }
}

/// How to reach the provider (public).
public struct ProviderContact: Sendable {
    public var phone: String?
    public var email: String?
    public var website: String?

    public init(phone: String? = nil, email: String? = nil, website: String? = nil) {
        self.phone = phone
        self.email = email
        self.website = website
    }
}
