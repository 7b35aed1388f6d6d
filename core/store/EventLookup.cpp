#include "store/EventLookup.h"

#include "store/EventStore.h"

#include <exception>

std::optional<Event> EventLookup::event(qint64 id) const
{
    if (!store_) return std::nullopt;
    try {
        return store_->event(id);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

QString EventLookup::title(qint64 id) const
{
    const auto e = event(id);
    return e ? e->title : QString();
}

QString EventLookup::hoverText(qint64 id) const
{
    const auto e = event(id);
    return e ? QStringLiteral("%1\n%2").arg(e->title, e->startDate().display()) : QString();
}

std::vector<qint64> EventLookup::matching(const QString& words) const
{
    if (!store_ || words.trimmed().isEmpty()) return {};
    EventQuery q;
    q.text = words.trimmed();
    try {
        return store_->queryIds(q);
    } catch (const std::exception&) {
        return {};
    }
}
