#include "store/EventLookup.h"

#include "TestCatch.h"
#include "io/SampleProject.h"
#include "store/EventStore.h"

#include <QTemporaryDir>
#include <algorithm>

TEST_CASE("EventLookup reads single events and text matches for the views", "[store][lookup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    const auto store = EventStore::open(path);
    const EventColumns columns = store->loadColumns();
    REQUIRE(columns.size() > 10);
    const EventLookup lookup(store.get());
    CHECK(lookup.isOpen());

    const qint64 id = columns.id[3];
    const auto e = lookup.event(id);
    REQUIRE(e);
    CHECK(e->id == id);
    CHECK(lookup.title(id) == e->title);
    CHECK(lookup.hoverText(id) == e->title + QLatin1Char('\n') + e->startDate().display());
    CHECK_FALSE(lookup.event(-5));
    CHECK(lookup.title(-5).isEmpty());
    CHECK(lookup.hoverText(-5).isEmpty());

    const std::vector<qint64> mosul = lookup.matching(QStringLiteral("  Mosul "));
    REQUIRE_FALSE(mosul.empty());
    CHECK(std::is_sorted(mosul.begin(), mosul.end()));
    for (qint64 m : mosul) {
        const auto found = lookup.event(m);
        REQUIRE(found);
        const QString text = found->title + found->description + found->locationName +
                             found->actors.join(QLatin1Char(' ')) +
                             found->tags.join(QLatin1Char(' '));
        CHECK(text.contains(QStringLiteral("Mosul"), Qt::CaseInsensitive));
    }
    EventQuery q;
    q.text = QStringLiteral("Mosul");
    CHECK(mosul == store->queryIds(q)); // the words trimmed, the store's own search
    CHECK(lookup.matching(QStringLiteral("   ")).empty());
    CHECK(lookup.matching(QStringLiteral("zzqxnotaword")).empty());

    // No project: nothing, and no exception in a hover or paint handler.
    const EventLookup none;
    CHECK_FALSE(none.isOpen());
    CHECK_FALSE(none.event(id));
    CHECK(none.matching(QStringLiteral("Mosul")).empty());
}
