#ifndef QID_CFILESWAP_H
#define QID_CFILESWAP_H

/// Swaps two paths in one step: renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE) on Linux. Swift cannot
/// call the variadic syscall() and Glibc's module does not export renameat2 (it needs _GNU_SOURCE), hence this
/// wrapper. Returns 0, or -1 with errno set (ENOSYS where the call does not exist, EINVAL where the filesystem
/// cannot exchange).
int qid_rename_exchange(const char *from, const char *to);

#endif
