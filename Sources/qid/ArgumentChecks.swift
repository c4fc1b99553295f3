import ArgumentParser
import Foundation

/// The CONTENT argument of `check` and `build`: a usage error (exit 2) when it is not a folder.
enum ContentFolder {
    static func validate(_ path: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("no content folder at '\(path)': give the folder that holds directory.yaml")
        }
    }
}

/// `--due-within DAYS`: a usage error (exit 2) outside 0 to 366.
enum DueWithin {
    static func validate(_ days: Int?) throws {
        guard let days, !(0...366).contains(days) else { return }
        throw ValidationError("--due-within must be from 0 to 366 days, found \(days)")
    }
}
