/// Everything read from one content tree: settings, officers, providers and free pages.
public struct DirectoryContent: Sendable {
    public var settings: DirectorySettings
    public var officers: [Officer]
    /// Sorted by provider id.
    public var providers: [Provider]
    /// Sorted by path.
    public var pages: [Page]

    public init(settings: DirectorySettings, officers: [Officer], providers: [Provider], pages: [Page]) {
        self.settings = settings
        self.officers = officers
        self.providers = providers
        self.pages = pages
    }
}

/// `directory.yaml`: the directory's own settings.
public struct DirectorySettings: Sendable {
    public var file: String
    public var title: String
    public var organisation: String
    public var policy: Located<String>
    public var baseURL: String
    public var contact: String?
    public var localities: [Located<String>]
    public var extraHolidays: [Located<Day>]
    /// The `cqc:` section: how `qid import cqc` maps CQC's words onto the directory's (nil when absent).
    public var cqc: CQCMapping?

    public init(
        file: String, title: String = "Quality Improvement Directory", organisation: String = "",
        policy: Located<String>, baseURL: String = "/", contact: String? = nil,
        localities: [Located<String>] = [], extraHolidays: [Located<Day>] = [], cqc: CQCMapping? = nil
    ) {
        self.file = file
        self.title = title
        self.organisation = organisation
        self.policy = policy
        self.baseURL = baseURL
        self.contact = contact
        self.localities = localities
        self.extraHolidays = extraHolidays
        self.cqc = cqc
    }
}

/// A person in `officers.yaml` and the roles that let them chair, close and approve.
public struct Officer: Sendable {
    public var id: Located<String>
    public var name: String
    public var roles: [Located<String>]
    public var teams: [Located<String>]
    /// Internal: never in a public build.
    public var email: String?

    public init(id: Located<String>, name: String, roles: [Located<String>], teams: [Located<String>], email: String?) {
        self.id = id
        self.name = name
        self.roles = roles
        self.teams = teams
        self.email = email
    }

    public func holds(_ role: String) -> Bool {
        roles.contains { $0.value == role }
    }
}

/// A free page from `pages/NAME.md`: YAML front matter and a Markdown body.
public struct Page: Sendable {
    public var file: String
    /// The file name without `.md`: the page's address.
    public var slug: String
    public var title: Located<String>
    public var body: String

    public init(file: String, slug: String, title: Located<String>, body: String) {
        self.file = file
        self.slug = slug
        self.title = title
        self.body = body
    }
}
