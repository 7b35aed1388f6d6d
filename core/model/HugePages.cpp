#include "model/HugePages.h"

#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace HugePages {

void advise(const void* data, std::size_t bytes)
{
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;
    // Every 2 MiB page the buffer reaches into, not only those inside it: a large block is
    // mapped on its own at a 2 MiB boundary, just after malloc's header, so rounding in would
    // lose its first 2 MiB. The advice is a hint about the mapping; outside it the kernel
    // skips the part that is not mapped, and a neighbour inside it only gets huge pages too.
    if (!data || bytes < kHuge) return;
    const auto begin = reinterpret_cast<std::uintptr_t>(data) & ~(kHuge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes + kHuge - 1) & ~(kHuge - 1);
    madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

void populate(const void* data, std::size_t bytes)
{
#ifdef __linux__
    constexpr int kPopulateWrite = 23; // MADV_POPULATE_WRITE, missing from older headers
    const auto page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    // Whole pages only, inside the buffer: madvise wants an aligned start.
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + page - 1) & ~(page - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(page - 1);
    if (!data || end <= begin) return;
    madvise(reinterpret_cast<void*>(begin), end - begin, kPopulateWrite);
#else
    (void)data;
    (void)bytes;
#endif
}

} // namespace HugePages
