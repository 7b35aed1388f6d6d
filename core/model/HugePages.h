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

// Faults in a buffer's pages ahead of their first write (MADV_POPULATE_WRITE, Linux 5.14):
// a thread that would otherwise wait takes the page faults off the one that fills it. The
// contents are untouched. No effect where the kernel lacks it.
void populate(const void* data, std::size_t bytes);

// The reserved but unused tail of a vector, which a later insert will fill.
template <typename Vector> void populateSpare(const Vector& v)
{
    populate(v.data() + v.size(), (v.capacity() - v.size()) * sizeof(typename Vector::value_type));
}
} // namespace HugePages
