#pragma once

#include "store/EventStore.h"

#include <QString>
#include <algorithm>
#include <vector>

// The titles of the events whose text matches `words` (the full-text search), sorted: what the
// search tests compare, on either store.
inline std::vector<QString> titlesMatching(const EventStore& store, const QString& words)
{
    EventQuery q;
    q.text = words;
    std::vector<QString> out;
    for (const Event& e : store.query(q))
        out.push_back(e.title);
    std::sort(out.begin(), out.end());
    return out;
}
