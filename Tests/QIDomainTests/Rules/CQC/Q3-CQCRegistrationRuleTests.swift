import QIDomain
import QITestSupport
import Testing

/// QI-Q3, `CQCRegistrationRule` (Rules/CQC/Q3-CQCRegistrationRule.swift).
@Suite struct CQCRegistrationRuleTests: CQCFixtures {
    @Test func q3DeregisteredWhileActiveIsAWarning() throws {
        let tree = try Self.tree(Self.cqc(status: "deregistered\nderegistered: 2026-05-01"))
        let found = try tree.check().with(rule: "QI-Q3")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.cqcFile):2:22 warning QI-Q3"])
        #expect(found.first?.message == "CQC shows the location deregistered on 1 May 2026, but the directory has it active")
    }

    @Test func q3DormantWhileActiveIsAWarning() throws {
        let tree = try Self.tree(Self.cqc(dormant: "true"))
        #expect(try tree.check().with(rule: "QI-Q3").summaries(relativeTo: tree.path) == ["\(Self.cqcFile):4:10 warning QI-Q3"])
    }

    @Test func q3DeregisteredAndClosedIsFine() throws {
        let tree = try Self.tree(Self.cqc(status: "deregistered"))
            .editing("providers/acorn-house/provider.yaml", replacing: "status: active", with: "status: closed")
        #expect(try tree.check().with(rule: "QI-Q3").isEmpty)
    }

    @Test func q3RegisteredAndActiveIsFine() throws {
        #expect(try Self.tree(Self.cqc()).check().with(rule: "QI-Q3").isEmpty)
    }
}
