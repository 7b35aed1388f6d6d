#pragma once

#include "model/EventColumns.h"

#include <functional>
#include <utility>
#include <vector>

// Whole-column operations for the columns of a server project kept between opens and brought
// up to date by revision (store/ColumnsCache, PgEventStore::updateColumns). Defined next to
// EventColumns' own, over the same list of columns.

// Every column to `n` rows; new rows are zero.
void resizeColumns(EventColumns& columns, std::size_t n);
// Each column's bytes (its data and size), in a fixed order: written and read whole.
std::vector<std::pair<char*, std::size_t>> rawColumns(EventColumns& columns);
// The bytes a row takes in that layout (every column's element).
std::size_t rawRowBytes();
// Empty `columns` ← `n` rows laid out as rawColumns writes them (each column whole, in order,
// `data` aligned to 8 bytes), copied once: no zero fill first, the columns' memory reserved
// with the huge-page hint (EventColumns::reserve), a large one on two threads. Reads
// `n * rawRowBytes()` bytes; `copied`, if given, is told each column's bytes once they are
// copied (from either thread), so that a mapped source can let them go.
void assignRawColumns(EventColumns& columns, const char* data, std::size_t n,
                      const std::function<void(const char*, std::size_t)>& copied = {});
// `columns` and `changed` sorted by id, `removed` ascending: drops the rows whose id is in
// `removed` or in `changed`, and puts the rows of `changed` in their place by id.
void mergeById(EventColumns& columns, const EventColumns& changed,
               const std::vector<qint64>& removed);
