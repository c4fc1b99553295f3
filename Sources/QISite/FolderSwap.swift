#if canImport(Glibc)
    import Glibc
    import CFileSwap
#elseif canImport(Darwin)
    import Darwin
#endif

/// Exchanges two folders in one step, so that a site is at the target path at every instant of a publish.
enum FolderSwap {
    /// Exchanges `from` and `to` (both must exist): true when done; false when this filesystem or system cannot
    /// exchange (EINVAL, ENOSYS, ENOTSUP), and nothing was changed; throws on any other failure.
    static func exchange(_ from: String, _ to: String) throws -> Bool {
        if PublishTestHook.noExchange { return false }
        #if os(macOS)
            let result = renamex_np(from, to, UInt32(RENAME_SWAP))
        #elseif canImport(Glibc)
            let result = qid_rename_exchange(from, to)
        #else
            let result: Int32 = -1
            errno = ENOSYS
        #endif
        if result == 0 { return true }
        let code = errno
        if code == EINVAL || code == ENOSYS || code == ENOTSUP || code == EOPNOTSUPP { return false }
        throw StagingFolder.PublishError(description: "could not exchange \(from) and \(to): \(String(cString: strerror(code)))")
    }
}
