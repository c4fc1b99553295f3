#include "CAllocator.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

int qid_limit_allocator_arenas(int arenas) {
#if defined(__GLIBC__) && defined(M_ARENA_MAX)
    return mallopt(M_ARENA_MAX, arenas);
#else
    (void)arenas;
    return 0;
#endif
}
