/// QI-Q2: CQC published a report on the location after the council's latest review: a review is due.
public struct CQCReportAfterReviewRule: QualityRule {
    public static let id: RuleID = "QI-Q2"
    public static let summary = "A CQC report published after the council's latest review (and by the as-of date) means a review is due."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers where provider.status.value != .closed {
            guard let report = provider.cqc?.latestReport, report.value <= context.asOf,
                let review = context.states[provider.id]?.latestReview, review.date.value < report.value
            else { continue }
            diagnostics.append(Self.reportAfterReview(report, review: review.date.value))
        }
    }
}

// MARK: Messages

extension CQCReportAfterReviewRule {
    /// "CQC published a report on 9 June 2022, after the council's latest review on 14 March 2022: a review is due".
    static func reportAfterReview(_ report: Located<Day>, review: Day) -> Diagnostic {
        .warning(
            id, at: report.location,
            "CQC published a report on \(report.value.longDescription), after the council's latest review on "
                + "\(review.longDescription): a review is due",
            fix: "read CQC's report and record a review (a rating dated on or after \(report.value))")
    }
}
