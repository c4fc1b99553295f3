#if canImport(Glibc)
    import Glibc

    /// Linux's inotify on every watched folder, used only as a wake-up: when anything in them changes the watcher
    /// looks at once (and says what changed), and while nothing does it looks only once a second.
    ///
    /// Nil, and the watcher looks every 100 ms instead, where inotify cannot be had or its limit on watches
    /// (`fs.inotify.max_user_watches`) is reached.
    final class FolderEvents {
        private let descriptor: Int32

        init?() {
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            self.descriptor = descriptor
        }

        deinit {
            close(descriptor)
        }

        /// Watches each folder (again, for those already watched: the same watch); false at the system's limit.
        ///
        /// A folder gone since it was listed is skipped.
        func watch(_ folders: [String]) -> Bool {
            let events = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB
            for folder in folders where inotify_add_watch(descriptor, folder, UInt32(events)) < 0 {
                if errno == ENOSPC || errno == ENOMEM { return false }
            }
            return true
        }

        /// Waits up to `milliseconds` for a change; true when one came.
        ///
        /// The events themselves are read and dropped: the look that follows says what changed.
        func wait(milliseconds: Int32) -> Bool {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, milliseconds) > 0 else { return false }
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
            return true
        }
    }
#endif
