/// What the CQC cross-check (QI-Q1..Q4) reads from the policy: the `cqc:` section of a policy file.
public struct CQCPolicy: Sendable, Equatable {
    /// QI-Q4: cqc.yaml is stale when its data is older than this many days (default 35: CQC's monthly files
    /// plus a few days' grace).
    public var dataMaxAgeDays: Int
    /// QI-Q1: CQC ratings that call for a look while the council's light is the least severe.
    public var concernRatings: [CQCRatingValue]
    /// QI-Q1: the policy's trigger for a regulator's report of compliance issues, named in the message.
    public var trigger: String?

    public init(
        dataMaxAgeDays: Int = 35, concernRatings: [CQCRatingValue] = [.inadequate, .requiresImprovement], trigger: String? = nil
    ) {
        self.dataMaxAgeDays = dataMaxAgeDays
        self.concernRatings = concernRatings
        self.trigger = trigger
    }
}
