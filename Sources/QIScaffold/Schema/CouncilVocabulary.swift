import QIDomain
import QILoader

/// The council's own words, read from its policy, `directory.yaml` and `officers.yaml`: what a schema offers as
/// enumerations, so an editor completes the council's standards, lights, roles and officers.
public struct CouncilVocabulary: Sendable {
    private var words: [CouncilWords: [String]]

    /// The words of a loaded content folder; a list whose source could not be read is left out (the schema then
    /// accepts any text there, and `qid check` says what is wrong).
    public init(policy: Policy?, content: DirectoryContent?) {
        var words: [CouncilWords: [String]] = [:]
        if let policy {
            words[.standards] = policy.standards.map(\.key)
            words[.lights] = policy.lights.map(\.key)
            words[.standardLights] = policy.standardLightKeys
            words[.roles] = policy.roles.map(\.key)
            words[.serviceTypes] = policy.serviceTypes.map(\.key)
            words[.serviceAreas] = policy.serviceAreas.map(\.key)
            words[.outcomes] = policy.outcomes.map(\.key)
            words[.processes] = policy.processes.map(\.key)
            words[.triggers] = policy.triggers.map(\.code)
        }
        if let content {
            if !content.settings.localities.isEmpty {
                words[.localities] = content.settings.localities.map(\.value)
            }
            if !content.officers.isEmpty {
                let officers = content.officers.map(\.id.value)
                words[.officers] = officers
                words[.actionOwners] = ["provider", "council"] + officers
            }
        }
        self.words = words
    }

    /// The allowed words, or nil when they are not known.
    public func words(_ kind: CouncilWords) -> [String]? {
        words[kind]
    }
}
