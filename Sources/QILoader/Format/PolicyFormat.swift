import QIDomain

/// The policy file format (version 1): what `PolicyDecoder` reads, and what `qid schema` describes.
///
/// A policy defines the council's words, so its own references (a light, a role, a process) are checked against the file
/// itself (QI-F9) rather than listed here.
public enum PolicyFormat {
    private static let lightKey = FieldType.text
    private static let keyTitles = FieldType.table(key: .id, value: .text)

    public static let policy = RecordDeclaration(
        "the policy file",
        [
            FieldDeclaration("format", .integer, "the policy format: 1"),
            FieldDeclaration("name", .id, required: true, "the policy's name"),
            FieldDeclaration("council", .text, required: true, "the council"),
            FieldDeclaration("team", .text, "the team as pages name it: \"Check with the Quality Team\""),
            FieldDeclaration("standards_title", .text, "what pages call the standards (default Standards)"),
            FieldDeclaration("standard_title", .text, "what pages call one standard (default Standard)"),
            FieldDeclaration("standards", .list(.record(standard)), required: true, "what every rating assesses"),
            FieldDeclaration("lights", .record(lights), required: true, "the light scale"),
            FieldDeclaration(
                "overall_rules", .list(.oneOf([.record(forcingRule), .record(requiringRule)])), "QI-R1 to QI-R3 as data",
                alsoCheckedBy: [CriticalStandardRule.id, LimitedOverallRule.id, BestOverallRule.id]),
            FieldDeclaration("processes", .list(.record(process)), "the concern processes, lightest first"),
            FieldDeclaration("triggers", .list(.record(trigger)), "which processes each trigger allows (QI-C2)"),
            FieldDeclaration(
                "lifting", .list(.record(lifting)), "the approvals a lift needs",
                alsoCheckedBy: [LiftWorstLightRule.id, LiftOtherLightRule.id]),
            FieldDeclaration(
                "escalations", .list(.record(escalation)), "lights that need an approval by a role", alsoCheckedBy: [EscalationRule.id]),
            FieldDeclaration("reviews", .record(reviews), required: true, "review cadence and levels"),
            FieldDeclaration("action_plans", .record(actionPlans), "when a rating needs an action plan (QI-V2)"),
            FieldDeclaration("roles", keyTitles, required: true, "role key: title"),
            FieldDeclaration("service_types", keyTitles, required: true, "service type key: title"),
            FieldDeclaration("service_areas", keyTitles, "service area key: title"),
            FieldDeclaration("outcomes", keyTitles, "outcome key: title"),
            FieldDeclaration("notices", .record(notices), "what pages say beside the light"),
            FieldDeclaration(
                "officer_assignment", .words(OfficerAssignment.allCases.map(\.rawValue)),
                "QI-A1: an error (required) or a warning (expected)",
                alsoCheckedBy: [OfficerAssignedRule.id]),
            FieldDeclaration("cqc", .record(cqc), "the CQC cross-check's thresholds (QI-Q1, QI-Q4)"),
        ])

    public static let standard = RecordDeclaration(
        "a standard",
        [
            FieldDeclaration("key", .id, required: true, "the standard's key, as ratings name it"),
            FieldDeclaration("number", .integer, "its number (default its place in the list)"),
            FieldDeclaration("title", .text, required: true, "its title"),
            FieldDeclaration("critical", .boolean, "whether it decides the overall light (QI-R1 to QI-R3)"),
        ])

    public static let lights = RecordDeclaration(
        "'lights'",
        [
            FieldDeclaration("title", .text, "what pages call the scale (default Traffic light)"),
            FieldDeclaration("levels", .list(.record(level)), required: true, "the lights, least severe first"),
            FieldDeclaration("not_assessed", .record(notAssessed), "a standard that was not looked at"),
            FieldDeclaration("not_yet_rated", .record(notYetRated), "a provider with no rating"),
        ])

    public static let level = RecordDeclaration(
        "a light",
        [
            FieldDeclaration("key", .id, required: true, "the light's key, as ratings name it"),
            FieldDeclaration("word", .text, required: true, "shown on every tag with the colour"),
            FieldDeclaration("label", .text, "the council's fuller name"),
            FieldDeclaration("class", .text, "the theme's CSS class, like qi-light--amber"),
            FieldDeclaration("guidance", .text, required: true, "what the light means for a placement"),
        ])

    public static let notAssessed = RecordDeclaration(
        "'not_assessed'",
        [
            FieldDeclaration("key", .id, required: true, "its key, as ratings name it (default not-assessed)"),
            FieldDeclaration("word", .text, "its word (default Not assessed)"),
        ])

    public static let notYetRated = RecordDeclaration(
        "'not_yet_rated'",
        [
            FieldDeclaration("word", .text, "its word"),
            FieldDeclaration("label", .text, "its fuller name"),
            FieldDeclaration("class", .text, "the theme's CSS class"),
            FieldDeclaration("guidance", .text, "what it means for a placement"),
        ])

    /// `{rule: QI-R1, critical_standard_at, overall_at_least}`.
    public static let forcingRule = RecordDeclaration(
        "an overall rule",
        [
            FieldDeclaration("rule", .words([CriticalStandardRule.id.rawValue]), required: true, "the rule"),
            FieldDeclaration("critical_standard_at", lightKey, required: true, "a critical standard at this light …"),
            FieldDeclaration("overall_at_least", lightKey, required: true, "… forces the overall to at least this one"),
        ])

    /// `{rule: QI-R2 or QI-R3, overall, critical_standards_in, no_standard_at}`.
    public static let requiringRule = RecordDeclaration(
        "an overall rule",
        [
            FieldDeclaration("rule", .words([LimitedOverallRule.id.rawValue, BestOverallRule.id.rawValue]), required: true, "the rule"),
            FieldDeclaration("overall", lightKey, required: true, "an overall at this light …"),
            FieldDeclaration("critical_standards_in", .list(lightKey), "… needs every critical standard at one of these"),
            FieldDeclaration("no_standard_at", .list(lightKey), "… and no standard at these"),
        ])

    public static let process = RecordDeclaration(
        "a process",
        [
            FieldDeclaration("key", .id, required: true, "the process's key, as concerns name it"),
            FieldDeclaration("title", .text, required: true, "its title"),
            FieldDeclaration("light_while_open", lightKey, "the light is at least this while it is open (QI-C1)"),
            FieldDeclaration("chair_roles", .list(.text), "roles that may chair it (QI-C5)"),
            FieldDeclaration("closed_by", .words(["chair", "any-officer"]), "who may close it (QI-C4)"),
            FieldDeclaration("meeting_within_working_days", .integer, "a provider meeting within this many working days (QI-C3)"),
        ])

    public static let trigger = RecordDeclaration(
        "a trigger",
        [
            FieldDeclaration("code", .id, required: true, "the trigger's code, as concerns name it"),
            FieldDeclaration("title", .text, required: true, "its title"),
            FieldDeclaration("allows", .list(.text), required: true, "the processes it allows"),
        ])

    public static let lifting = RecordDeclaration(
        "a lifting rule",
        [
            FieldDeclaration("rule", .words([LiftWorstLightRule.id.rawValue, LiftOtherLightRule.id.rawValue]), required: true, "the rule"),
            FieldDeclaration("from", .list(lightKey), required: true, "a lift from one of these lights …"),
            FieldDeclaration("to", .list(lightKey), required: true, "… to one of these"),
            FieldDeclaration("approvals", .list(.record(liftApproval)), required: true, "… needs each of these approvals"),
        ])

    public static let liftApproval = RecordDeclaration(
        "an approval",
        [
            FieldDeclaration("roles", .list(.text), required: true, "by someone holding one of these roles"),
            FieldDeclaration("service_areas", .list(.text), "only for providers in one of these service areas"),
        ])

    public static let escalation = RecordDeclaration(
        "an escalation",
        [
            FieldDeclaration("lights", .list(lightKey), required: true, "a rating at one of these lights …"),
            FieldDeclaration("roles", .list(.text), required: true, "… records an approval by one of these roles"),
            FieldDeclaration("title", .text, "what the escalation is called"),
            FieldDeclaration("service_areas", .list(.text), "only for providers in one of these service areas"),
        ])

    public static let reviews = RecordDeclaration(
        "'reviews'",
        [
            FieldDeclaration("every_months", .integer, "every provider is reviewed this often (QI-V3)"),
            FieldDeclaration("by_light", .table(key: .text, value: .integer), "LIGHT: MONTHS, a shorter cadence at a light"),
            FieldDeclaration("new_service_months", .integer, "the window for a pre-service check (QI-V4; 0 turns it off)"),
            FieldDeclaration("levels", .list(.record(reviewLevel)), "review levels and the risk that calls for each (QI-V1)"),
            FieldDeclaration("due_within_days", .integer, "how far ahead the work list looks"),
        ])

    public static let reviewLevel = RecordDeclaration(
        "a review level",
        [
            FieldDeclaration("level", .integer, required: true, "its number, lowest first"),
            FieldDeclaration("title", .text, required: true, "its title"),
            FieldDeclaration("bases", .list(.words(RatingBasis.allCases.map(\.rawValue))), "the rating bases that meet it"),
            FieldDeclaration("from_criticality", .words(Criticality.allCases.map(\.rawValue)), "needed from this criticality"),
            FieldDeclaration("from_annual_value", .integer, "needed from this annual contract value"),
        ])

    public static let actionPlans = RecordDeclaration(
        "'action_plans'",
        [
            FieldDeclaration("within_months", .integer, "follow-up actions fall due within this many months"),
            FieldDeclaration("outcomes", .list(.text), "outcomes that need an action plan"),
            FieldDeclaration("lights", .list(lightKey), "lights that need an action plan"),
        ])

    public static let notices = RecordDeclaration(
        "'notices'",
        [
            FieldDeclaration("review_overdue", .text, "may use {last_review} and {due}"),
            FieldDeclaration("never_reviewed", .text, "when no review is recorded"),
            FieldDeclaration("suspended", .text, "replaces the light's guidance for a suspended provider"),
            FieldDeclaration("closed", .text, "replaces the light's guidance for a closed provider"),
        ])

    public static let cqc = RecordDeclaration(
        "'cqc'",
        [
            FieldDeclaration("data_max_age_days", .integer, "QI-Q4: the oldest cqc.yaml data allowed (default 35)"),
            FieldDeclaration(
                "concern_ratings", .list(.words(CQCRatingValue.allCases.map(\.rawValue))), "QI-Q1: CQC ratings that call for a look"),
            FieldDeclaration("trigger", .text, "QI-Q1: the trigger to name"),
        ])
}
