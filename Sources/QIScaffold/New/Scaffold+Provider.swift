import Foundation
import QIDomain
import QILoader

extension Scaffold {
    /// `providers/ID/provider.yaml` for a provider called `name` (its id from the name, or `id`), assigned to
    /// `officer` when given.
    ///
    /// The required keys are filled with the council's first service type, service area and locality, each with
    /// the allowed values beside it to choose from; the optional keys are comments to fill in or delete.
    public func newProvider(name: String, id: String? = nil, officer: String? = nil) throws -> NewFile {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !name.contains(where: \.isNewline) else {
            throw ScaffoldError("give the provider's name, like 'qid new provider \"Kidlington Community Carers\"'")
        }
        let id = id ?? Slug.of(name)
        guard IDs.isValid(id) else {
            throw ScaffoldError(
                "'\(id)' is not a provider id: use lower-case letters and digits in words joined by '-', like 'acorn-house'")
        }
        if content.providers.contains(where: { $0.id == id }) || fileExists("providers/\(id)") {
            throw ScaffoldError(
                "\(display("providers/\(id)/")) already exists: qid new never overwrites; give --id for another folder name")
        }
        let officers = content.officers.map(\.id.value)
        if let officer, !officers.contains(officer) {
            let nearest = Closest.word(to: officer, in: officers).map { " (did you mean '\($0)'?)" } ?? ""
            throw ScaffoldError("--officer '\(officer)' is not in officers.yaml\(nearest): use one of \(officers.joined(separator: ", "))")
        }
        guard let serviceType = policy.serviceTypes.first, let serviceArea = policy.serviceAreas.first else {
            throw ScaffoldError("the policy lists no service types or service areas: add them to it first")
        }
        var yaml = YAMLLines()
        yaml.line(SchemaModeline.line(for: .provider))
        yaml.line("name: \(YAMLLines.scalar(name))")
        yaml.line("# organisation: …", comment: "the organisation that runs it")
        yaml.line("services: [\(serviceType.key)]", comment: "one or more of: " + policy.serviceTypes.map(\.key).joined(separator: " | "))
        yaml.line(
            "service_areas: [\(serviceArea.key)]", comment: "one or more of: " + policy.serviceAreas.map(\.key).joined(separator: " | "))
        if let locality = content.settings.localities.first {
            let all = content.settings.localities.map(\.value)
            yaml.line("locality: \(YAMLLines.scalar(locality.value))", comment: "one of: " + all.joined(separator: " | "))
        }
        yaml.line("# address: …")
        yaml.line("# postcode: …")
        if let officer {
            yaml.line("officer: \(officer)", comment: "the assigned officer")
        } else {
            yaml.line("# officer: …", comment: "the assigned officer: " + officers.joined(separator: " | "))
        }
        yaml.line("status: active", comment: ProviderStatus.allCases.map(\.rawValue).joined(separator: " | "))
        yaml.line("# commissioned_since: YYYY-MM-DD", comment: "a new service needs a pre-service-check rating (QI-V4)")
        yaml.line("# contract: {tier: silver, annual_value: 100000, criticality: low}")
        yaml.line("# contact: {phone: …, email: …, website: …}")
        var next = [
            "check services, service_areas and locality (each holds the first allowed value), and fill in or delete the commented keys"
        ]
        if officer == nil { next.append("assign its officer (officer:): a light above \(word(policy.lights[0].key)) needs one (QI-A1)") }
        next.append("then rate it: qid new rating \(id)\(root == "content" ? "" : " \(root)")")
        return NewFile(kind: .provider, path: "providers/\(id)/provider.yaml", text: yaml.text, next: next)
    }

    func fileExists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: display(path))
    }
}
