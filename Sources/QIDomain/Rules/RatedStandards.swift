import QIParallel

/// A rating's standards read once against the policy's index, for the rules that look at every standard of every
/// rating (QI-R1..R4, QI-F9): the light codes (`LightCodes`) of its critical standards and of all its standards as
/// bit masks, and whether it names every standard of the policy, each known, at a light a standard may take.
///
/// A critical standard's light is the first the rating gives its key (`Rating.light(of:)`); a standard of any key,
/// known or not, counts among all.
struct RatedStandards: Sendable {
    var critical: UInt64 = 0
    var all: UInt64 = 0
    /// Every standard named is the policy's, at one of `Policy.standardLightKeys`, and every policy standard is
    /// rated: QI-F9 and QI-F4 have nothing to say about the rating's standards.
    var isComplete = false

    /// Each provider's ratings read, by provider and rating position (`EvaluationContext.ratedStandards`).
    static func read(_ providers: [Provider], _ index: PolicyIndex) -> [[RatedStandards?]] {
        Parallel.map(providers) { provider in provider.ratings.map { read($0, index) } }
    }

    /// Nil when the policy has more standards or light names than a mask holds.
    static func read(_ rating: Rating, _ index: PolicyIndex) -> RatedStandards? {
        let codes = index.lightCodes
        guard codes.fitMask, index.standardKeys.count <= 64 else { return nil }
        var reading = RatedStandards()
        var seen: UInt64 = 0
        var allKnown = true
        let standards = rating.standards
        for offset in standards.indices {
            let code = codes.code(of: standards[offset].light.value)
            let bit: UInt64 = 1 << UInt64(code)
            reading.all |= bit
            if code >= codes.standardLightCount { allKnown = false }
            guard let position = index.standardPosition(of: standards[offset].standard.value, hint: offset) else {
                allKnown = false
                continue
            }
            let positionBit: UInt64 = 1 << UInt64(position)
            guard seen & positionBit == 0 else { continue }
            seen |= positionBit
            if index.isCritical[position] { reading.critical |= bit }
        }
        reading.isComplete = allKnown && seen == index.everyStandardMask
        return reading
    }
}
