#ifndef QID_CALLOCATOR_H
#define QID_CALLOCATOR_H

/// Caps glibc's malloc arenas (mallopt M_ARENA_MAX); returns 1 on success, 0 where it is not glibc.
int qid_limit_allocator_arenas(int arenas);

#endif
