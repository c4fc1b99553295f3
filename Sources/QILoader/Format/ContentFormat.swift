import QIDomain

/// The content format (version 1), one declaration per file kind and per record inside one: what the loader's
/// decoders (`Decoding/`) read, and what `qid schema` describes.
public enum ContentFormat {
    /// The kinds of file a content folder holds, in the order the format documents them.
    public static let files: [FileKind] = [.directory, .officers, .provider, .rating, .concern, .cqc, .policy]

    // MARK: directory.yaml

    public static let directory = RecordDeclaration(
        "directory.yaml",
        [
            FieldDeclaration("title", .text, required: true, "the directory's title, on every page"),
            FieldDeclaration("organisation", .text, "the council"),
            FieldDeclaration("policy", .text, "a built-in policy's name (default oxfordshire) or a policy file in the content folder"),
            FieldDeclaration(
                "base_url", .link("a path starting with / or an https:// address, ending in /"), "where the site is published"),
            FieldDeclaration("contact", .text, "shown on every page; when it holds an @ it must be a plain email address (linked)"),
            FieldDeclaration(
                "localities", .list(.text), required: true, "the council's localities, each with its own list page",
                alsoCheckedBy: [.duplicate]),
            FieldDeclaration("extra_holidays", .list(.date), "non-working days beyond England and Wales bank holidays (QI-C3)"),
            FieldDeclaration("cqc", .record(cqcMapping), "how qid import cqc maps CQC's words to the directory's"),
        ])

    /// `cqc:` in directory.yaml.
    public static let cqcMapping = RecordDeclaration(
        "'cqc'",
        [
            FieldDeclaration(
                "localities", .table(key: .text, value: .council(.localities)), required: true,
                "CQC local authority or postcode district → a locality"),
            FieldDeclaration("service_types", .table(key: .text, value: .council(.serviceTypes)), "CQC service type → a service type"),
            FieldDeclaration("service_areas", .table(key: .text, value: .council(.serviceAreas)), "CQC specialism → a service area"),
            FieldDeclaration("default_service_area", .council(.serviceAreas), "used when no specialism maps"),
        ])

    // MARK: officers.yaml

    /// One item of the list in officers.yaml.
    public static let officer = RecordDeclaration(
        "an officer",
        [
            FieldDeclaration("id", .id, required: true, "the officer's id, as records name them", alsoCheckedBy: [.duplicate]),
            FieldDeclaration("name", .text, required: true, "the officer's name"),
            FieldDeclaration("roles", .list(.council(.roles)), required: true, "the roles the officer holds"),
            FieldDeclaration("teams", .list(.council(.serviceAreas)), "the service areas the officer works in"),
            FieldDeclaration("email", .link("a plain email address"), "internal: shown only in the officers' edition"),
        ])

    // MARK: providers/ID/provider.yaml

    public static let provider = RecordDeclaration(
        "provider.yaml",
        [
            FieldDeclaration("name", .text, required: true, "the provider's name"),
            FieldDeclaration("organisation", .text, "the organisation that runs it"),
            FieldDeclaration("services", .list(.council(.serviceTypes)), required: true, "its service types"),
            FieldDeclaration("service_areas", .list(.council(.serviceAreas)), required: true, "who it serves"),
            FieldDeclaration("locality", .council(.localities), "its locality"),
            FieldDeclaration(
                "covers", .list(.council(.localities)), "other localities whose people it serves at home (home care)",
                alsoCheckedBy: [CoveredLocalityRule.id]),
            FieldDeclaration("out_of_county", .boolean, "true when it is outside the council's area"),
            FieldDeclaration("address", .text, "its address"),
            FieldDeclaration("postcode", .text, "its postcode"),
            FieldDeclaration("registration", .record(registration), "its regulators' ids, each in its register's format"),
            FieldDeclaration("contract", .record(contract), "internal: the contract"),
            FieldDeclaration("officer", .council(.officers), "the assigned officer", alsoCheckedBy: [OfficerAssignedRule.id]),
            FieldDeclaration("status", .words(ProviderStatus.allCases.map(\.rawValue)), required: true, "whether it operates"),
            FieldDeclaration(
                "commissioned_since", .date, "when the council first commissioned it", alsoCheckedBy: [PreServiceCheckRule.id]),
            FieldDeclaration("contact", .record(contact), "how to reach it"),
            FieldDeclaration("internal", .markdown, "internal notes: shown only in the officers' edition"),
        ])

    public static let registration = RecordDeclaration(
        "registration", RegistrationID.allCases.map { FieldDeclaration($0.rawValue, .registration($0), $0.format) })

    public static let contract = RecordDeclaration(
        "contract",
        [
            FieldDeclaration("tier", .words(ContractTier.allCases.map(\.rawValue)), "the contract tier"),
            FieldDeclaration("annual_value", .integer, "GBP a year, summed over contracts (QI-V1)"),
            FieldDeclaration("criticality", .words(Criticality.allCases.map(\.rawValue)), "how critical the service is (QI-V1)"),
        ])

    public static let contact = RecordDeclaration(
        "contact",
        [
            FieldDeclaration("phone", .link("digits, spaces, +, brackets and dashes"), "a phone number"),
            FieldDeclaration("email", .link("a plain email address"), "an email address"),
            FieldDeclaration("website", .link("an https:// or http:// address, or a host name with a dot"), "a website"),
        ])

    // MARK: providers/ID/ratings/DATE.yaml

    public static let rating = RecordDeclaration(
        "the rating",
        [
            FieldDeclaration(
                "date", .date, required: true, "the decision's date; the file is named by it", alsoCheckedBy: [.fileNameMismatch]),
            FieldDeclaration("basis", .words(RatingBasis.allCases.map(\.rawValue)), required: true, "how the provider was reviewed"),
            FieldDeclaration(
                "concern", .text, "required when basis is concern: a concern file of this provider, without .yaml",
                alsoCheckedBy: [.missingKey, .unknownReference]),
            FieldDeclaration("officer", .council(.officers), "who rated it"),
            FieldDeclaration(
                "standards", .standards(standardWithNote), required: true, "every standard of the policy: a light, or {light, note}"),
            FieldDeclaration(
                "overall", .council(.lights), required: true, "the overall light",
                alsoCheckedBy: [CriticalStandardRule.id, LimitedOverallRule.id, BestOverallRule.id]),
            FieldDeclaration("outcome", .council(.outcomes), "the outcome", alsoCheckedBy: [ActionPlanRule.id]),
            FieldDeclaration("summary", .markdown, "public: why, in a few sentences", alsoCheckedBy: [OverallJudgementRule.id]),
            FieldDeclaration("internal", .markdown, "internal notes: shown only in the officers' edition"),
            FieldDeclaration(
                "approvals", .list(.record(approval)), "who approved a lift or an escalation, and when",
                alsoCheckedBy: [LiftWorstLightRule.id, LiftOtherLightRule.id, ApproverRule.id, EscalationRule.id]),
            FieldDeclaration("actions", .list(.record(action)), "the action plan", alsoCheckedBy: [ActionDueRule.id, ActionPlanRule.id]),
            FieldDeclaration("next_review", .date, "when the next review is planned", alsoCheckedBy: [ReviewCadenceRule.id]),
        ])

    /// A standard written `{light, note}`.
    public static let standardWithNote = RecordDeclaration(
        "a standard",
        [
            FieldDeclaration("light", .council(.standardLights), required: true, "the standard's light"),
            FieldDeclaration("note", .markdown, "public: what was found"),
        ])

    public static let approval = RecordDeclaration(
        "an approval",
        [
            FieldDeclaration("officer", .council(.officers), required: true, "who approved"),
            FieldDeclaration("role", .council(.roles), required: true, "the role they approved in"),
            FieldDeclaration("date", .date, required: true, "when"),
        ])

    /// An action of a rating's or a concern's plan.
    public static let action = RecordDeclaration(
        "an action",
        [
            FieldDeclaration("id", .text, required: true, "unique in the file: A1, A2 …", alsoCheckedBy: [.duplicate]),
            FieldDeclaration("standard", .council(.standards), "the standard it improves"),
            FieldDeclaration("action", .markdown, required: true, "what must be done"),
            FieldDeclaration("owner", .council(.actionOwners), required: true, "who does it"),
            FieldDeclaration("due", .date, "when it is due (an action without one is a QI-C6 error)", alsoCheckedBy: [ActionDueRule.id]),
            FieldDeclaration("status", .words(ActionStatus.allCases.map(\.rawValue)), required: true, "where it stands"),
            FieldDeclaration("done", .date, "when it was done: required when status is done", alsoCheckedBy: [ActionDueRule.id]),
        ])

    // MARK: providers/ID/concerns/DATE-SLUG.yaml

    public static let concern = RecordDeclaration(
        "the concern",
        [
            FieldDeclaration(
                "raised", .date, required: true, "when it was raised; the file name starts with it", alsoCheckedBy: [.fileNameMismatch]),
            FieldDeclaration("title", .text, required: true, "public: a title with no personal data"),
            FieldDeclaration("sources", .list(.words(ConcernSource.allCases.map(\.rawValue))), "where the concern came from"),
            FieldDeclaration("triggers", .list(.council(.triggers)), "the triggers it meets", alsoCheckedBy: [TriggerProcessRule.id]),
            FieldDeclaration("process", .council(.processes), required: true, "the process", alsoCheckedBy: [ConcernFloorRule.id]),
            FieldDeclaration("risk", .words(ConcernRisk.allCases.map(\.rawValue)), "internal: the risk"),
            FieldDeclaration("chair", .council(.officers), "who chairs the process", alsoCheckedBy: [ChairRule.id]),
            FieldDeclaration("lead", .council(.officers), "who leads discussions with the provider"),
            FieldDeclaration("meetings", .list(.record(meeting)), "the meetings held", alsoCheckedBy: [MeetingDeadlineRule.id]),
            FieldDeclaration("actions", .list(.record(action)), "the action plan", alsoCheckedBy: [ActionDueRule.id]),
            FieldDeclaration("status", .words(ConcernStatus.allCases.map(\.rawValue)), required: true, "open or closed"),
            FieldDeclaration("closed", .record(closure), "who closed it, when and how", alsoCheckedBy: [ClosureRule.id]),
            FieldDeclaration("summary", .markdown, "internal: the concern's details (safeguarding information)"),
            FieldDeclaration("internal", .markdown, "internal: officers' working notes"),
        ])

    public static let meeting = RecordDeclaration(
        "a meeting",
        [
            FieldDeclaration("date", .date, required: true, "when it was held"),
            FieldDeclaration("kind", .words(MeetingKind.allCases.map(\.rawValue)), required: true, "who met"),
        ])

    public static let closure = RecordDeclaration(
        "'closed'",
        [
            FieldDeclaration("date", .date, required: true, "when it closed"),
            FieldDeclaration("by", .council(.officers), required: true, "who closed it"),
            FieldDeclaration("outcome", .words(ClosingOutcome.allCases.map(\.rawValue)), "how it ended"),
        ])

    // MARK: pages/NAME.md

    /// The YAML front matter of a free page.
    public static let pageFrontMatter = RecordDeclaration(
        "the page's front matter", [FieldDeclaration("title", .text, required: true, "the page's title")])

    // MARK: providers/ID/cqc.yaml

    public static let cqc = RecordDeclaration(
        "cqc.yaml",
        [
            FieldDeclaration(
                "location", .registration(.cqcLocation), required: true, "CQC's location id: provider.yaml's registration.cqc_location"),
            FieldDeclaration(
                "registration_status", .words(CQCRegistrationStatus.allCases.map(\.rawValue)), required: true, "CQC's registration",
                alsoCheckedBy: [CQCRegistrationRule.id]),
            FieldDeclaration("registered", .date, "when CQC registered it"),
            FieldDeclaration("deregistered", .date, "when CQC deregistered it"),
            FieldDeclaration("dormant", .boolean, "true when CQC marks it dormant", alsoCheckedBy: [CQCRegistrationRule.id]),
            FieldDeclaration("overall", .record(cqcRating), "CQC's overall rating", alsoCheckedBy: [CQCRatingConcernRule.id]),
        ]
            + CQCKeyQuestion.allCases.map { FieldDeclaration($0.rawValue, .record(cqcRating), "CQC's rating of \($0.title)") }
            + [
                FieldDeclaration("last_inspection", .date, "CQC's last inspection"),
                FieldDeclaration("latest_report", .date, "the newest report CQC published", alsoCheckedBy: [CQCReportAfterReviewRule.id]),
                FieldDeclaration("data_date", .date, required: true, "the date of the data", alsoCheckedBy: [CQCDataAgeRule.id]),
            ])

    public static let cqcRating = RecordDeclaration(
        "a CQC rating",
        [
            FieldDeclaration("rating", .words(CQCRatingValue.allCases.map(\.rawValue)), required: true, "CQC's rating"),
            FieldDeclaration("date", .date, "the report that gave it"),
            FieldDeclaration("inherited", .boolean, "true when a previous registration earned it"),
        ])
}

/// A kind of file in a content folder.
public enum FileKind: String, CaseIterable, Sendable {
    case directory, officers, provider, rating, concern, cqc, policy

    /// Where files of this kind live in a content folder.
    public var path: String {
        switch self {
        case .directory: return "directory.yaml"
        case .officers: return "officers.yaml"
        case .provider: return "providers/ID/provider.yaml"
        case .rating: return "providers/ID/ratings/DATE.yaml"
        case .concern: return "providers/ID/concerns/DATE-SLUG.yaml"
        case .cqc: return "providers/ID/cqc.yaml"
        case .policy: return "policy.yaml (any name directory.yaml's policy gives)"
        }
    }

    /// The schema's file name, as `qid schema` writes it.
    public var schemaFile: String { "\(rawValue).schema.json" }

    /// The record the file holds (officers.yaml holds a list of them).
    public var record: RecordDeclaration {
        switch self {
        case .directory: return ContentFormat.directory
        case .officers: return ContentFormat.officer
        case .provider: return ContentFormat.provider
        case .rating: return ContentFormat.rating
        case .concern: return ContentFormat.concern
        case .cqc: return ContentFormat.cqc
        case .policy: return PolicyFormat.policy
        }
    }

    /// Whether the file is a list of records (officers.yaml) rather than one.
    public var isList: Bool { self == .officers }
}
