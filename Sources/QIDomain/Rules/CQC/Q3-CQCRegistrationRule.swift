/// QI-Q3: CQC lists the location as deregistered or dormant while the directory has it active.
public struct CQCRegistrationRule: QualityRule {
    public static let id: RuleID = "QI-Q3"
    public static let summary = "CQC showing the location deregistered or dormant while the directory has it active is a warning."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers where provider.status.value == .active {
            guard let cqc = provider.cqc else { continue }
            if cqc.registrationStatus.value == .deregistered {
                diagnostics.append(Self.deregistered(cqc))
            } else if cqc.dormant.value {
                diagnostics.append(Self.dormant(cqc))
            }
        }
    }
}

// MARK: Messages

extension CQCRegistrationRule {
    /// "CQC shows the location deregistered on 1 May 2024, but the directory has it active".
    static func deregistered(_ cqc: CQCRecord) -> Diagnostic {
        let on = cqc.deregistered.map { " on \($0.longDescription)" } ?? ""
        return .warning(
            id, at: cqc.registrationStatus.location, "CQC shows the location deregistered\(on), but the directory has it active",
            fix: "check with the provider; set status: closed in provider.yaml if it no longer operates")
    }

    /// "CQC shows the location dormant (no regulated activity for now), but the directory has it active".
    static func dormant(_ cqc: CQCRecord) -> Diagnostic {
        .warning(
            id, at: cqc.dormant.location, "CQC shows the location dormant (no regulated activity for now), but the directory has it active",
            fix: "check with the provider; set status: suspended or closed in provider.yaml if it takes no placements")
    }
}
