import QIDomain
import QIYAML

/// `providers/ID/provider.yaml`.
enum ProviderDecoder {
    static let registrationKeys = RegistrationID.allCases.map(\.rawValue)

    static func provider(id: String, node: YAMLNode, file: String, sink: DiagnosticSink) -> Provider? {
        guard let reader = MappingReader(node, file: file, record: ContentFormat.provider, sink: sink) else { return nil }
        let name = reader.text("name")
        let services = reader.textList("services")
        let areas = reader.textList("service_areas")
        let status = reader.choice("status", as: ProviderStatus.self)
        var registration = Registration()
        if let sub = reader.mapping("registration", record: ContentFormat.registration) {
            registration = Registration(
                cqcLocation: sub.identifier(.cqcLocation), cqcProvider: sub.identifier(.cqcProvider),
                ofstedURN: sub.identifier(.ofstedURN), uprn: sub.identifier(.uprn), companiesHouse: sub.identifier(.companiesHouse))
        }
        var contract: Contract?
        if let sub = reader.mapping("contract", record: ContentFormat.contract) {
            contract = Contract(
                tier: sub.choice("tier"), annualValue: sub.int("annual_value"), criticality: sub.choice("criticality"))
        }
        var contact = ProviderContact()
        if let sub = reader.mapping("contact", record: ContentFormat.contact) {
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
            internalNotes: reader.text("internal")?.value, covers: reader.textList("covers"))
    }
}

extension ProviderDecoder {
    /// The scalars of `registration:` that hold a valid id of their field: QI-P1 does not read them.
    static func validIdentifiers(in node: YAMLNode) -> [YAMLScalar] {
        guard case .mapping(let top) = node,
            let entry = top.entries.first(where: { if case .scalar(let key) = $0.key { key.value == "registration" } else { false } }),
            case .mapping(let registration) = entry.value
        else { return [] }
        return registration.entries.compactMap { entry in
            guard case .scalar(let key) = entry.key, let id = RegistrationID(rawValue: key.value),
                case .scalar(let value) = entry.value, id.isValid(value.value)
            else { return nil }
            return value
        }
    }
}

extension MappingReader {
    /// A registration id, checked against its format (QI-F7); nil when absent or malformed.
    func identifier(_ id: RegistrationID) -> String? {
        guard let text = text(id.rawValue) else { return nil }
        guard id.isValid(text.value) else {
            badValue(
                text.location, "'\(id.rawValue)' is \(SafeLink.shown(text.value)), which is not \(id.format)",
                fix: "copy the id exactly as its register shows it, like \(id.example), or remove '\(id.rawValue)'")
            return nil
        }
        return text.value
    }
}
