/// The built-in policies: YAML files under `Sources/QILoader/Policies`, compiled into the binary by SwiftPM
/// (`embedInCode`), so a copied qid carries them.
enum BuiltInPolicyFiles {
    /// Name → the file's text, in the order `qid policy list` shows them.
    static let all: [(name: String, text: String)] = [
        ("oxfordshire", String(decoding: PackageResources.oxfordshire_yaml, as: UTF8.self)),
        ("herefordshire", String(decoding: PackageResources.herefordshire_yaml, as: UTF8.self)),
        ("derby", String(decoding: PackageResources.derby_yaml, as: UTF8.self)),
        ("staffordshire", String(decoding: PackageResources.staffordshire_yaml, as: UTF8.self)),
    ]
}
