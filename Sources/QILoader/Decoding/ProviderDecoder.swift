import QIDomain
import QIYAML

/// `providers/ID/provider.yaml`.
enum ProviderDecoder {
    static let keys = [
        "name", "organisation", "services", "service_areas", "locality", "out_of_county", "address", "postcode",
        "registration", "contract", "officer", "status", "commissioned_since", "contact", "internal",
    ]
    static let registrationKeys = ["cqc_location", "cqc_provider", "ofsted_urn"]
    static let contractKeys = ["tier", "annual_value", "criticality"]
    static let contactKeys = ["phone", "email", "website"]

    static func provider(id: String, node: YAMLNode, file: String, sink: DiagnosticSink) -> Provider? {
        guard let reader = MappingReader(node, file: file, subject: "provider.yaml", allowed: keys, sink: sink) else { return nil }
        let name = reader.text("name", required: true)
        let services = reader.textList("services", required: true)
        let areas = reader.textList("service_areas", required: true)
        let status = reader.choice("status", required: true, as: ProviderStatus.self)
        var registration = Registration()
        if let sub = reader.mapping("registration", subject: "registration", allowed: registrationKeys) {
            registration = Registration(
                cqcLocation: sub.link("cqc_location", SafeLink.cqcID)?.value, cqcProvider: sub.link("cqc_provider", SafeLink.cqcID)?.value,
                ofstedURN: sub.link("ofsted_urn", SafeLink.ofstedURN)?.value)
        }
        var contract: Contract?
        if let sub = reader.mapping("contract", subject: "contract", allowed: contractKeys) {
            contract = Contract(
                tier: sub.choice("tier"), annualValue: sub.int("annual_value"), criticality: sub.choice("criticality"))
        }
        var contact = ProviderContact()
        if let sub = reader.mapping("contact", subject: "contact", allowed: contactKeys) {
            contact = ProviderContact(
                phone: sub.link("phone", SafeLink.phone)?.value, email: sub.link("email", SafeLink.email)?.value,
                website: sub.link("website", SafeLink.website)?.value)
        }
        let outOfCounty = reader.bool("out_of_county") ?? false
        guard let name, let status else { return nil }
        return Provider(
            id: id, file: file, name: name, organisation: reader.text("organisation")?.value, services: services,
            serviceAreas: areas, locality: reader.text("locality"), outOfCounty: outOfCounty,
            address: reader.text("address")?.value, postcode: reader.text("postcode")?.value, registration: registration,
            contract: contract, officer: reader.text("officer"), status: status,
            commissionedSince: reader.day("commissioned_since"), contact: contact,
            internalNotes: reader.text("internal")?.value)
    }
}
