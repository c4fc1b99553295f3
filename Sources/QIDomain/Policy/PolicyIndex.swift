/// The policy's names resolved once for the evaluate step, so that rules run per rating compare small integers and
/// read stored tables instead of searching the policy's lists and building arrays each time.
///
/// `Policy` is a value that loaders and tests build field by field, so the index is built from it (once per
/// evaluation, by `EvaluationContext` and `LightEvaluator`) rather than stored in it. Every look-up answers exactly
/// as the `Policy` method of the same name: the first of equal keys wins.
public struct PolicyIndex: Sendable {
    /// Light key → rank (0: least severe), as `Policy.rank(of:)`.
    private let lightRanks: [String: Int]
    /// The light keys, least severe first: a short scale is searched in order, which costs less than hashing.
    private let lightKeys: [String]
    /// Standard key → its position in `policy.standards`, as `Policy.standard(_:)` finds it.
    private let standardPositions: [String: Int]
    /// The policy's standard keys, in order.
    let standardKeys: [String]
    /// For each policy standard: the position of the first standard with its key (itself unless keys repeat).
    let firstStandardPositions: [Int]
    /// Light keys a standard may take (`Policy.standardLightKeys`), built once.
    public let standardLightKeys: [String]
    /// The overall rules' light codes (`LightCodes`), in the policy's order, with the rank each compares to.
    let overallRules: [CompiledOverallRule]
    /// Every light name the overall rules compare: the scale, "not assessed" and the names the rules list.
    let lightCodes: LightCodes
    /// By a standard key's first position (`firstStandardPositions`): whether a standard with that key is critical.
    let isCritical: [Bool]
    /// The bits of every standard key's first position (with at most 64 standards): a rating that rates them all.
    let everyStandardMask: UInt64

    public init(_ policy: Policy) {
        var ranks: [String: Int] = [:]
        for (rank, light) in policy.lights.enumerated() where ranks[light.key] == nil { ranks[light.key] = rank }
        lightRanks = ranks
        lightKeys = policy.lights.map(\.key)
        var positions: [String: Int] = [:]
        for (position, standard) in policy.standards.enumerated() where positions[standard.key] == nil {
            positions[standard.key] = position
        }
        standardPositions = positions
        standardKeys = policy.standards.map(\.key)
        firstStandardPositions = policy.standards.enumerated().map { positions[$0.element.key] ?? $0.offset }
        standardLightKeys = policy.standardLightKeys
        var critical = [Bool](repeating: false, count: policy.standards.count)
        for (position, standard) in policy.standards.enumerated() where standard.critical {
            critical[firstStandardPositions[position]] = true
        }
        isCritical = critical
        everyStandardMask =
            policy.standards.count <= 64 ? firstStandardPositions.reduce(0) { $0 | (1 << UInt64($1)) } : 0
        let standardLights = policy.standardLightKeys
        var names = standardLights
        for rule in policy.overallRules {
            switch rule {
            case .criticalForcesOverall(_, let standardLight, let atLeast): names += [standardLight, atLeast]
            case .overallRequires(_, let overall, let criticalIn, let noStandardIn): names += [overall] + criticalIn + noStandardIn
            }
        }
        let codes = LightCodes(names, standardLights: standardLights)
        lightCodes = codes
        overallRules = policy.overallRules.map { CompiledOverallRule($0, codes: codes, ranks: ranks) }
    }

    /// 0 for the least severe light; nil for a key that is not on the scale.
    public func rank(of light: String) -> Int? {
        lightKeys.count <= 8 ? lightKeys.firstIndex(of: light) : lightRanks[light]
    }

    /// The position in `policy.standards` of the first standard with this key (nil: the policy has none).
    ///
    /// `hint`, if given, is where the caller expects it (a rating lists its standards in the policy's order): a match there
    /// costs one comparison.
    func standardPosition(of key: String, hint: Int? = nil) -> Int? {
        if let hint, hint >= 0, hint < standardKeys.count, standardKeys[hint] == key, firstStandardPositions[hint] == hint { return hint }
        return standardPositions[key]
    }
}

/// Small integer codes for the light names a policy's overall rules compare, so that a set of them is a bit mask.
///
/// Two names have the same code exactly when they are equal; a name the policy never uses has `other`, which is in
/// no rule's set.
struct LightCodes: Sendable {
    private let names: [String]
    /// Whether every code fits a bit of a `UInt64` mask (`other` included); if not, callers take the slow path.
    let fitMask: Bool
    /// The code of every name the policy does not use.
    let other: Int
    /// The light keys a standard may take have the codes below this.
    let standardLightCount: Int

    /// `all` begins with `standardLights`.
    init(_ all: [String], standardLights: [String]) {
        var names: [String] = []
        for name in all where !names.contains(name) { names.append(name) }
        self.names = names
        standardLightCount = names.filter(standardLights.contains).count
        other = names.count
        fitMask = names.count < 64
    }

    func code(of name: String) -> Int {
        names.firstIndex(of: name) ?? other
    }

    /// The mask of these names' codes (every name is one of the policy's).
    func mask(_ names: [String]) -> UInt64 {
        guard fitMask else { return 0 }
        return names.reduce(0) { $0 | (1 << UInt64(code(of: $1))) }
    }

    func bit(_ name: String) -> UInt64 {
        guard fitMask else { return 0 }
        return 1 << UInt64(code(of: name))
    }
}

/// One of the policy's overall rules with its lights as ranks and code masks (`OverallRules.breaks`).
struct CompiledOverallRule: Sendable {
    let rule: OverallRule
    /// criticalForcesOverall: the critical standard's light bit and the rank the overall must reach (nil: none).
    let forcingLight: UInt64
    let atLeastRank: Int?
    /// overallRequires: the overall's rank (nil: not on the scale), the allowed critical lights and the excluded ones.
    let requiredRank: Int?
    let criticalIn: UInt64
    let criticalInIsEmpty: Bool
    let noStandardIn: UInt64

    init(_ rule: OverallRule, codes: LightCodes, ranks: [String: Int]) {
        self.rule = rule
        switch rule {
        case .criticalForcesOverall(_, let standardLight, let atLeast):
            forcingLight = codes.bit(standardLight)
            atLeastRank = ranks[atLeast]
            requiredRank = nil
            criticalIn = 0
            criticalInIsEmpty = true
            noStandardIn = 0
        case .overallRequires(_, let overall, let criticalIn, let noStandardIn):
            forcingLight = 0
            atLeastRank = nil
            requiredRank = ranks[overall]
            self.criticalIn = codes.mask(criticalIn)
            criticalInIsEmpty = criticalIn.isEmpty
            self.noStandardIn = codes.mask(noStandardIn)
        }
    }
}
