import QIDomain

/// Why a CQC location was not imported; the summary counts each, with the values that caused it.
public enum SkipReason: String, CaseIterable, Sendable {
    case otherLocalAuthority = "outside the --local-authority given"
    case unmappedLocality = "local authority (or postcode district) not in directory.yaml's cqc.localities"
    case healthOnly = "health services only"
    case deregistered = "deregistered (and not in the directory)"
    case unmappedServiceType = "service type with no mapping (add it to cqc.service_types)"
    case noServiceArea = "no specialism maps to a service area (add cqc.service_areas or cqc.default_service_area)"
}

/// What one location becomes: the fields of a new provider.yaml, or a reason to skip it.
public struct MappedLocation: Sendable, Equatable {
    public var locality: String
    public var services: [String]
    public var serviceAreas: [String]
    /// CQC service types on the location that map to nothing (the rest were imported).
    public var unmappedServiceTypes: [String]
}

/// CQC's words → the directory's: directory.yaml's `cqc:` section over the built-in tables, checked against the
/// policy's service types and areas.
///
/// Never guesses: what maps to nothing is a skip with its reason.
struct LocationMapper {
    let mapping: CQCMapping
    let serviceTypeKeys: Set<String>
    let serviceAreaKeys: Set<String>
    /// Normalised `--local-authority` names; empty: every local authority.
    let localAuthorities: Set<String>

    enum Outcome: Equatable {
        case mapped(MappedLocation)
        case skipped(SkipReason, values: [String])
    }

    func map(_ location: CQCLocation) -> Outcome {
        let authority = location.localAuthority ?? "(none given)"
        if !localAuthorities.isEmpty && !localAuthorities.contains(CQCMapping.normalised(authority)) {
            return .skipped(.otherLocalAuthority, values: [authority])
        }
        guard let locality = locality(of: location) else { return .skipped(.unmappedLocality, values: [authority]) }
        var services: [String] = []
        var unmapped: [String] = []
        var health: [String] = []
        for type in location.serviceTypes {
            let name = CQCMapping.normalised(type)
            if let key = serviceType(name) {
                if !services.contains(key) { services.append(key) }
            } else if CQCVocabulary.healthServiceTypes.contains(name) {
                health.append(type)
            } else {
                unmapped.append(type)
            }
        }
        if services.isEmpty {
            if !unmapped.isEmpty { return .skipped(.unmappedServiceType, values: unmapped) }
            return .skipped(.healthOnly, values: health.isEmpty ? [location.organisationType ?? "no service types"] : health)
        }
        if location.registrationStatus == .deregistered { return .skipped(.deregistered, values: []) }
        let areas = serviceAreas(of: location)
        guard !areas.isEmpty else { return .skipped(.noServiceArea, values: [location.specialisms.joined(separator: ", ")]) }
        return .mapped(MappedLocation(locality: locality, services: services, serviceAreas: areas, unmappedServiceTypes: unmapped))
    }

    /// The postcode district (`OX16`) first, then the local authority.
    private func locality(of location: CQCLocation) -> String? {
        if let district = location.postcode?.split(separator: " ").first,
            let locality = mapping.localities[CQCMapping.normalised(String(district))]
        {
            return locality.value
        }
        return location.localAuthority.flatMap { mapping.localities[CQCMapping.normalised($0)]?.value }
    }

    private func serviceType(_ name: String) -> String? {
        if let key = mapping.serviceTypes[name]?.value { return serviceTypeKeys.contains(key) ? key : nil }
        return CQCVocabulary.serviceTypes[name].flatMap { serviceTypeKeys.contains($0) ? $0 : nil }
    }

    /// Mapped specialisms in the policy's order of areas, else the default.
    private func serviceAreas(of location: CQCLocation) -> [String] {
        var areas: Set<String> = []
        for specialism in location.specialisms {
            let name = CQCMapping.normalised(specialism)
            if let key = mapping.serviceAreas[name]?.value ?? CQCVocabulary.serviceAreas[name], serviceAreaKeys.contains(key) {
                areas.insert(key)
            }
        }
        if areas.isEmpty, let fallback = mapping.defaultServiceArea?.value, serviceAreaKeys.contains(fallback) { return [fallback] }
        return ["start-well", "live-well", "age-well"].filter(areas.contains)
            + areas.subtracting(["start-well", "live-well", "age-well"]).sorted()
    }
}
