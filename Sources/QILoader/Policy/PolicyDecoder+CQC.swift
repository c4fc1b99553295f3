import QIDomain
import QIYAML

extension PolicyDecoder {
    /// A year: a policy that lets CQC's data age longer has no cross-check worth the name.
    static let maximumCQCAgeDays = 366

    /// The `cqc:` section of a policy (QI-Q1..Q4).
    ///
    /// How old cqc.yaml may grow, which CQC ratings call for a look, and the trigger to name; absent keys keep
    /// qid's defaults.
    func cqc(_ top: MappingReader, triggers: [Trigger]) -> CQCPolicy {
        var policy = CQCPolicy()
        guard let reader = top.mapping("cqc", record: PolicyFormat.cqc) else { return policy }
        if let days = number(reader, "data_max_age_days", to: Self.maximumCQCAgeDays) {
            policy.dataMaxAgeDays = days
        }
        if reader.has("concern_ratings") {
            policy.concernRatings = reader.choiceList("concern_ratings", as: CQCRatingValue.self).map(\.value)
        }
        if let trigger = reader.text("trigger") {
            check([trigger], in: triggers.map(\.code), "trigger")
            policy.trigger = trigger.value
        }
        return policy
    }
}
