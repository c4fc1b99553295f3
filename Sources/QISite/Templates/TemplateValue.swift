/// A view model as compiled templates read it: its keys declared once, in order, with the shape of each value,
/// and each value fetched by the key's position (no string comparison, no dynamic cast while rendering).
///
/// `templateKeys[i]` and `templateValue(at: i)` must agree; `TemplateKeysTests` checks both against the
/// `MustacheParent` switch that swift-mustache (the reference engine) reads.
protocol TemplateObject {
    /// The keys templates may use, in position order, with the shape of each value.
    static var templateKeys: [TemplateKey] { get }
    /// The value under the key at `index` in `templateKeys`; `.null` for a nil optional.
    func templateValue(at index: Int) -> TemplateValue
}

/// One key a template may use on a view model, and the shape of its value.
struct TemplateKey {
    let name: String
    let type: TemplateType

    init(_ name: String, _ type: TemplateType) {
        self.name = name
        self.type = type
    }
}

/// The shape of a view model's value, known when the theme is loaded, for checking the templates' keys.
indirect enum TemplateType {
    case text
    case number
    case bool
    case object(any TemplateObject.Type)
    case list(TemplateType)
    case optional(TemplateType)

    /// The type without its optional wrapper: what a section pushes when the value is present.
    var unwrapped: TemplateType {
        if case .optional(let wrapped) = self { wrapped.unwrapped } else { self }
    }

    /// "text", "a list of ProviderRow", … for messages.
    var description: String {
        switch self {
        case .text: "text"
        case .number: "a number"
        case .bool: "a yes/no flag"
        case .object(let type): String(describing: type)
        case .list(let element): "a list of \(element.description)"
        case .optional(let wrapped): "\(wrapped.description) (optional)"
        }
    }

    /// The keys of an object type, by name → (position, type); nil for any other shape.
    var keys: [String: (index: Int, type: TemplateType)]? {
        guard case .object(let type) = self else { return nil }
        var keys: [String: (index: Int, type: TemplateType)] = [:]
        for (index, key) in type.templateKeys.enumerated() { keys[key.name] = (index, key.type) }
        return keys
    }
}

/// A value met while rendering: what a lookup returns and what a section pushes.
enum TemplateValue {
    case null
    case text(String)
    case number(Int)
    case bool(Bool)
    case object(any TemplateObject)
    case list([TemplateValue])

    init(_ text: String) { self = .text(text) }
    init(_ text: String?) { self = text.map { .text($0) } ?? .null }
    init(_ number: Int) { self = .number(number) }
    init(_ flag: Bool) { self = .bool(flag) }
    init(_ object: some TemplateObject) { self = .object(object) }
    init(_ object: (some TemplateObject)?) { self = object.map { .object($0) } ?? .null }
    init(_ texts: [String]) { self = .list(texts.map { .text($0) }) }
    init(_ objects: [some TemplateObject]) { self = .list(objects.map { .object($0) }) }
}
