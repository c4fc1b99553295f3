/// A rating that lifts the light (QI-A2, QI-A3): its overall is one the policy's lifting table lists as a lift
/// from the previous rating's, and it takes effect only once every approval it needs has been given.
public struct Lift: Sendable {
    public var previous: Rating
    public var rating: Rating
    /// One entry per approval the policy asks for here, with the date it was first given (nil: not recorded).
    public var approvals: [RequiredApproval]

    /// The day the lift takes effect: the rating's date or its last needed approval's, whichever is later; nil
    /// while an approval it needs is not recorded at all.
    public var takesEffect: Day? {
        var day = rating.date.value
        for approval in approvals {
            guard let given = approval.givenOn else { return nil }
            day = max(day, given)
        }
        return day
    }

    /// The approvals not yet given on `day`.
    public func awaited(on day: Day) -> [RequiredApproval] {
        approvals.filter { $0.givenOn.map { $0 > day } ?? true }
    }

    /// No approval it needs is recorded, on any date: the rating is missing its approvals block (an error), not
    /// waiting for one to be given.
    public var recordsNoApproval: Bool {
        approvals.allSatisfy { $0.givenOn == nil }
    }
}

/// One approval a lift needs: by someone holding any of `roles`.
public struct RequiredApproval: Sendable {
    public var rule: RuleID
    public var roles: [String]
    /// The earliest date it was given on (nil: no such approval recorded).
    public var givenOn: Day?
}

enum Lifts {
    /// The lifts among a provider's ratings, by the index of the lifting rating in `provider.ratings`.
    static func lifts(of provider: Provider, policy: Policy) -> [Int: Lift] {
        guard !policy.liftApprovals.isEmpty else { return [:] }
        let providerAreas = Set(provider.serviceAreas.map(\.value))
        var lifts: [Int: Lift] = [:]
        for index in provider.ratings.indices.dropFirst() {
            let previous = provider.ratings[index - 1]
            let rating = provider.ratings[index]
            var approvals: [RequiredApproval] = []
            for lift in policy.liftApprovals where lift.from.contains(previous.overall.value) && lift.to.contains(rating.overall.value) {
                for requirement in lift.requirements where requirement.serviceAreas.map({ !providerAreas.isDisjoint(with: $0) }) ?? true {
                    let given = rating.approvals.filter { requirement.roles.contains($0.role.value) }.map(\.date.value).min()
                    approvals.append(RequiredApproval(rule: lift.rule, roles: requirement.roles, givenOn: given))
                }
            }
            if !approvals.isEmpty {
                lifts[index] = Lift(previous: previous, rating: rating, approvals: approvals)
            }
        }
        return lifts
    }

    /// "the Safeguarding Operations Manager and the Head of Service or the Lead": the roles a list of approvals
    /// needs, in the policy's words.
    static func roleWords(_ approvals: [RequiredApproval], policy: Policy) -> String {
        let each = approvals.map { "the " + $0.roles.map { policy.roleTitle($0) }.joined(separator: " or ") }
        guard each.count > 1, let last = each.last else { return each.first ?? "" }
        return each.dropLast().joined(separator: ", ") + " and " + last
    }
}
