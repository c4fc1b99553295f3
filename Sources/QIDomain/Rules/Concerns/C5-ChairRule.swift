/// QI-C5: the chair holds a role the policy allows for the process.
public struct ChairRule: QualityRule {
    public static let id: RuleID = "QI-C5"
    public static let summary = "The chair holds a role allowed for the process."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers {
            for concern in provider.concerns {
                guard let process = context.policy.process(concern.process.value), !process.chairRoles.isEmpty else { continue }
                let roles = process.chairRoles.map { context.policy.roleTitle($0) }.joined(separator: ", ")
                guard let chair = concern.chair else {
                    diagnostics.append(Self.noChair(at: concern.process.location, process: process.title, roles: roles))
                    continue
                }
                guard let officer = context.officer(chair.value), !process.chairRoles.contains(where: officer.holds) else { continue }
                let name = context.officerName(chair.value)
                diagnostics.append(Self.chairLacksRole(chair, name: name, officer: officer, process: process.title, roles: roles))
            }
        }
    }
}

// MARK: Messages

extension ChairRule {
    /// "a Serious Concerns process needs a chair".
    static func noChair(at location: SourceLocation, process: String, roles: String) -> Diagnostic {
        .error(id, at: location, "a \(process) process needs a chair", fix: "add 'chair: OFFICER', an officer who is one of: \(roles)")
    }

    /// "Amira Khan (amira-khan) cannot chair a Serious Concerns process: their roles are qi-officer".
    static func chairLacksRole(_ chair: Located<String>, name: String, officer: Officer, process: String, roles: String) -> Diagnostic {
        .error(
            id, at: chair.location,
            "\(name) cannot chair \(Grammar.article(process)) \(process) process: "
                + "their roles are \(officer.roles.map(\.value).joined(separator: ", "))",
            fix: "the chair must be one of: \(roles)")
    }
}
