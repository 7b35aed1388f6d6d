#pragma once

#include <cstddef>

// Asks the kernel to back a large, not yet touched buffer with 2 MiB pages where transparent
// huge pages are on "madvise" (Debian's default). Filling 1M events' columns, the map index
// and a 4K image otherwise takes some 50,000 page faults, costly under virtualisation: about
// half of `tigris export-image`'s CPU at 1M events. A hint only: no effect elsewhere.
namespace HugePages {
void advise(const void* data, std::size_t bytes);

template <typename Vector> void adviseCapacity(const Vector& v)
{
    advise(v.data(), v.capacity() * sizeof(typename Vector::value_type));
}
} // namespace HugePages
