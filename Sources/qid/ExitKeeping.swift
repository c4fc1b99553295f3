import Foundation

/// Ends the process with `code` while `value` is still alive, so the system frees the loaded directory at once.
///
/// Returning from a command frees its records, states and diagnostics object by object, on one core: about 60 million
/// instructions at 3,000 providers and 0.15 s at 25,000, after the work is done.
func exitKeeping<Value>(_ value: Value, code: Int32) -> Never {
    withExtendedLifetime(value) {
        Foundation.exit(code)
    }
}
