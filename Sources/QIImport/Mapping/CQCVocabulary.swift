import QIDomain

/// The built-in tables: CQC's words (both vocabularies) → the content format's service types and service areas.
///
/// directory.yaml's `cqc:` section adds to them or overrides them; names are matched by `CQCMapping.normalised`.
enum CQCVocabulary {
    /// CQC service type → service type.
    ///
    /// The API's names first, then the spreadsheets'.
    static let serviceTypes: [String: String] = [
        "Residential homes": "care-home-residential",
        "Nursing homes": "care-home-nursing",
        "Homecare agencies": "home-care",
        "Supported living": "supported-living",
        "Extra Care housing services": "extra-care",
        "Care home service without nursing": "care-home-residential",
        "Care home service with nursing": "care-home-nursing",
        "Domiciliary care service": "home-care",
        "Supported living service": "supported-living",
        "Extra care housing service": "extra-care",
    ].normalisedKeys

    /// CQC's health services: a location with only these is skipped as health-only (never guessed into a type).
    static let healthServiceTypes: Set<String> = Set(
        [
            "Doctors/GPs", "Dentist", "Hospital", "Hospitals - Mental health/capacity", "Ambulances", "Clinic",
            "Community services - Healthcare", "Community services - Mental Health", "Community services - Learning disabilities",
            "Community services - Substance abuse", "Urgent care services & mobile doctors", "Diagnosis/screening", "Hospice services",
            "Rehabilitation (illness/injury)", "Rehabilitation (substance abuse)", "Phone/online advice", "Prison healthcare",
            "Dental service", "Doctors consultation service", "Doctors treatment service", "Acute services with overnight beds",
            "Acute services without overnight beds / listed acute services with or without overnight beds", "Ambulance service",
            "Diagnostic and/or screening service", "Remote clinical advice service", "Urgent care services", "Mobile doctors service",
            "Community health care services", "Community health care services - Nurses Agency only", "Community healthcare service",
            "Rehabilitation services", "Long term conditions services", "Blood and Transplant service", "Hospice services for adults",
            "Hospice services for children",
        ].map(CQCMapping.normalised))

    /// CQC specialism (service user band) → service area.
    static let serviceAreas: [String: String] = [
        "Caring for adults over 65 yrs": "age-well",
        "Older people": "age-well",
        "Caring for adults under 65 yrs": "live-well",
        "Younger adults": "live-well",
        "Caring for children": "start-well",
        "Caring for children (0 - 18yrs)": "start-well",
        "Children 0-18 years": "start-well",
    ].normalisedKeys
}

extension Dictionary where Key == String, Value == String {
    fileprivate var normalisedKeys: [String: String] {
        Dictionary(map { (CQCMapping.normalised($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}
