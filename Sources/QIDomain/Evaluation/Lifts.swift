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

public enum Lifts {
    /// The lifts among a provider's ratings, by the index of the lifting rating in `provider.ratings`.
    ///
    /// A rating lifts from the light in effect on its date, not from the rating just before it when that one is a lift
    /// still awaiting an approval: after a red, an amber awaiting the safeguarding manager and then a green lift from
    /// red (QI-A2), not from amber (QI-A3 alone would let a QI manager's approval undo the red).
    static func lifts(of provider: Provider, policy: Policy) -> [Int: Lift] {
        guard !policy.liftApprovals.isEmpty else { return [:] }
        var lifts: [Int: Lift] = [:]
        let ratings = provider.ratings
        // Ratings are read by position, and copied only into a lift that is found.
        for index in ratings.indices.dropFirst() {
            guard let previous = inEffect(before: index, on: ratings[index].date.value, ratings, lifts) else { continue }
            let needed = required(provider, policy: policy, from: ratings[previous].overall.value, to: ratings[index].overall.value)
            guard !needed.isEmpty else { continue }
            let rating = ratings[index]
            let approvals = needed.map { requirement in
                let given = rating.approvals.filter { requirement.roles.contains($0.role.value) }.map(\.date.value).min()
                return RequiredApproval(rule: requirement.rule, roles: requirement.roles, givenOn: given)
            }
            lifts[index] = Lift(previous: ratings[previous], rating: rating, approvals: approvals)
        }
        return lifts
    }

    /// The rating a new rating dated `day` would lift from: the latest rating before it that is in effect on that day.
    public static func ratingLiftedFrom(_ provider: Provider, policy: Policy, on day: Day) -> Rating? {
        let earlier = provider.ratings.filter { $0.date.value < day }
        var before = provider
        before.ratings = earlier
        return inEffect(before: earlier.count, on: day, earlier, lifts(of: before, policy: policy)).map { earlier[$0] }
    }

    /// The approvals (rule and roles) a lift from `from` to `to` needs for this provider's service areas.
    public static func required(_ provider: Provider, policy: Policy, from: String, to: String) -> [(rule: RuleID, roles: [String])] {
        var needed: [(rule: RuleID, roles: [String])] = []
        // The provider's areas are gathered only for a requirement limited to some areas, and only once.
        var providerAreas: Set<String>?
        for lift in policy.liftApprovals where lift.from.contains(from) && lift.to.contains(to) {
            for requirement in lift.requirements {
                if let areas = requirement.serviceAreas {
                    let mine = providerAreas ?? Set(provider.serviceAreas.map(\.value))
                    providerAreas = mine
                    guard !mine.isDisjoint(with: areas) else { continue }
                }
                needed.append((lift.rule, requirement.roles))
            }
        }
        return needed
    }

    /// The position of the latest of `ratings[..<index]` in effect on `day`: a lift whose approvals are not all given
    /// by then is not.
    private static func inEffect(before index: Int, on day: Day, _ ratings: [Rating], _ lifts: [Int: Lift]) -> Int? {
        var candidate = index - 1
        while candidate >= 0 {
            guard let lift = lifts[candidate] else { return candidate }
            if let effective = lift.takesEffect, effective <= day { return candidate }
            candidate -= 1
        }
        return nil
    }

    /// "the Safeguarding Operations Manager and the Head of Service or the Lead": the roles a list of approvals
    /// needs, in the policy's words.
    static func roleWords(_ approvals: [RequiredApproval], policy: Policy) -> String {
        let each = approvals.map { "the " + $0.roles.map { policy.roleTitle($0) }.joined(separator: " or ") }
        guard each.count > 1, let last = each.last else { return each.first ?? "" }
        return each.dropLast().joined(separator: ", ") + " and " + last
    }
}
