import QILoader
import Testing

@testable import QIDomain

/// `OverallRules` reads a rating's standards as bit masks (`RatedStandards`, `PolicyIndex`): it must find exactly the
/// broken rule, and the same message, that reading the policy's strings finds, for every built-in policy and for
/// ratings with unknown, missing, repeated and out-of-order standards and lights.
@Suite struct OverallRulesIndexTests {
    @Test(arguments: PolicyLibrary.builtInNames)
    func theMasksFindTheSameBrokenRuleAsThePolicysStrings(_ name: String) throws {
        let policy = try #require(PolicyLibrary.builtIn(named: name))
        let index = PolicyIndex(policy)
        var generator = Generator(seed: 20_261_101)
        var broken = 0
        var completeCount = 0
        for _ in 0..<3000 {
            let rating = generator.rating(policy)
            let lights = try #require(RatedStandards.read(rating, index))
            for overall in policy.lights.map(\.key) + ["purple"] {
                let fast = OverallRules.firstBroken(rating, overall: overall, policy, index, lights)
                let slow = OverallRules.firstBroken(rating, overall: overall, policy, index, nil)
                #expect(fast?.rule == slow?.rule)
                #expect(fast?.diagnostic(at: rating.overall.location).message == slow?.diagnostic(at: rating.overall.location).message)
                #expect(OverallRules.breaksAny(rating, overall: overall, policy, index, lights) == (slow != nil))
                if slow != nil { broken += 1 }
            }
            let keys = rating.standards.map(\.standard.value)
            let complete =
                keys.allSatisfy { key in policy.standards.contains { $0.key == key } }
                && rating.standards.allSatisfy { policy.standardLightKeys.contains($0.light.value) }
                && policy.standards.allSatisfy { keys.contains($0.key) }
            #expect(lights.isComplete == complete)
            if complete { completeCount += 1 }
        }
        // The ratings break rules often enough for the comparison to mean something.
        #expect(broken > 1000)
        #expect(completeCount > 100 && completeCount < 2900)
    }

    @Test func aPolicyWithMoreStandardsThanAMaskHoldsIsReadFromItsStrings() throws {
        // QI-F9 then checks every standard itself, and the overall rules read the policy's strings.
        var policy = Policy.oxfordshire
        policy.standards += (1...60).map { PolicyStandard(key: "extra-\($0)", number: 100 + $0, title: "Extra", critical: false) }
        let index = PolicyIndex(policy)
        var generator = Generator(seed: 7)
        let rating = generator.rating(policy)
        #expect(RatedStandards.read(rating, index) == nil)
        #expect(RatedStandards.read(rating, PolicyIndex(.oxfordshire)) != nil)
    }

    /// A repeatable pseudo-random source of ratings (a linear congruential generator).
    struct Generator {
        var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }

        /// Mostly the policy's standards in order at its lights; sometimes a standard left out, repeated, moved,
        /// unknown, or at a light no standard may take.
        mutating func rating(_ policy: Policy) -> Rating {
            let lights = policy.standardLightKeys + ["purple"]
            var keys = policy.standards.map(\.key).filter { _ in next(12) != 0 }
            if next(6) == 0 { keys.append(policy.standards[next(policy.standards.count)].key) }
            if next(6) == 0 { keys.append("unknown-standard") }
            if next(4) == 0, keys.count > 1 { keys.swapAt(0, next(keys.count)) }
            let location = SourceLocation(file: "rating.yaml", line: 1, column: 1)
            let standards = keys.map { key in
                // Most standards sit at the least severe light, as most ratings do.
                let light = next(3) == 0 ? lights[next(lights.count)] : lights[0]
                return StandardRating(standard: Located(key, at: location), light: Located(light, at: location))
            }
            return Rating(
                file: "rating.yaml", date: Located(Day(daysSinceEpoch: 20_526), at: location),
                basis: Located(.onSiteReview, at: location), standards: standards, standardsLocation: location,
                overall: Located(policy.lights[0].key, at: location))
        }
    }
}
