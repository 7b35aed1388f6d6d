#include "model/EventActors.h"

#include "TestCatch.h"
#include "io/SampleProject.h"
#include "render/TimelinePainter.h"
#include "store/EventActorsReader.h"
#include "store/EventStore.h"

#include <QTemporaryDir>

namespace {
Event event(qint64 id, QStringList actors)
{
    Event e;
    e.id = id;
    e.actors = std::move(actors);
    return e;
}
} // namespace

TEST_CASE("Actor columns rank actors and put a two-actor event in both lanes", "[timeline]")
{
    EventColumns c;
    for (qint64 id : {10, 11, 12}) {
        c.id.push_back(id);
        c.x.push_back(0.5);
        c.y.push_back(0.5);
        c.lo.push_back(1402358400); // 10 June 2014
        c.hi.push_back(1402358400 + 86400);
        c.category.push_back(0);
        c.precision.push_back(std::uint8_t(DatePrecision::Day));
        c.geoPrecision.push_back(0);
        c.approximate.push_back(0);
    }
    const std::vector<Event> events{
        event(11, {QStringLiteral("ISIS"), QStringLiteral("Iraqi Army")}),
        event(10, {QStringLiteral("ISIS")}),
        event(12, {QStringLiteral("Peshmerga"), QStringLiteral(" ISIS ")}),
        event(99, {QStringLiteral("Nobody")}), // not in the columns
    };
    const EventActors a = EventActors::fromEvents(c, events);
    REQUIRE(a.names.size() == 3);
    CHECK(a.names[0] == QStringLiteral("ISIS")); // most events first
    CHECK(a.counts[0] == 3);
    REQUIRE(a.rows() == 3);
    CHECK(a.offsets == std::vector<std::uint32_t>{0, 1, 3, 5});

    // Drawn in actor lanes, event 11 can be hit in the ISIS lane and in the Iraqi Army lane.
    TimelineScene s;
    s.axis = TimeAxis(1402358400 - 86400, 1402358400 + 2 * 86400, 600);
    s.columns = &c;
    s.lanes = TimelineScene::Lanes::Actor;
    s.actors = &a;
    const QSizeF size(600, 400);
    const TimelinePainter::Layout l = TimelinePainter::layout(size);
    const double laneHeight = l.events.height() / 4; // three actors + "Others"
    const double x = s.axis.xOf(1402358400 + 43200);
    auto lanesHit = [&](int row) {
        std::vector<int> lanes;
        for (double y = l.events.top(); y < l.events.bottom(); y += 1)
            if (TimelinePainter::hitTest(s, size, QPointF(x, y)) == row) {
                const int lane = int((y - l.events.top()) / laneHeight);
                if (lanes.empty() || lanes.back() != lane) lanes.push_back(lane);
            }
        return lanes;
    };
    const int iraqiArmy = int(
        std::find(a.names.begin(), a.names.end(), QStringLiteral("Iraqi Army")) - a.names.begin());
    CHECK(lanesHit(1) == std::vector<int>{std::min(0, iraqiArmy), std::max(0, iraqiArmy)});
    // Nobody here is in "Others" (lane 3): every actor has a lane of its own.
    for (int row = 0; row < 3; ++row)
        for (int lane : lanesHit(row))
            CHECK(lane < 3);

    // A short timeline keeps only the lanes whose titles fit: here ISIS and "Others".
    QSizeF small(600, 60);
    while (TimelinePainter::layout(small).events.height() <
           2 * TimelinePainter::kMinActorLaneHeight)
        small.rheight() += 1;
    const QRectF area = TimelinePainter::layout(small).events;
    REQUIRE(area.height() < 3 * TimelinePainter::kMinActorLaneHeight);
    const std::vector<std::uint8_t> onlyEleven{0, 1, 0}; // events overlap: hit one at a time
    s.filtered = &onlyEleven;
    std::vector<int> lanes;
    for (double y = area.top(); y < area.bottom(); y += 1)
        if (TimelinePainter::hitTest(s, small, QPointF(x, y)) == 1) {
            const int lane = int((y - area.top()) / (area.height() / 2));
            if (lanes.empty() || lanes.back() != lane) lanes.push_back(lane);
        }
    CHECK(lanes == std::vector<int>{0, 1}); // ISIS, and Iraqi Army among the others
}

TEST_CASE("Actor columns are the same whether events come in row order or not", "[timeline]")
{
    EventColumns c;
    for (qint64 id = 1; id <= 6; ++id) {
        c.id.push_back(id);
        c.x.push_back(0.5);
        c.y.push_back(0.5);
        c.lo.push_back(0);
        c.hi.push_back(86400);
        c.category.push_back(0);
        c.precision.push_back(std::uint8_t(DatePrecision::Day));
        c.geoPrecision.push_back(0);
        c.approximate.push_back(0);
    }
    const QString a = QStringLiteral("A"), b = QStringLiteral("B"), x = QStringLiteral("X");
    std::vector<Event> inOrder{event(1, {a, b}), event(2, {}),     event(3, {b, b, a}),
                               event(4, {x}),    event(5, {a, a}), event(6, {b})};
    // Row order all along (the store's path), then broken half-way and at the start.
    const EventActors straight = EventActors::fromEvents(c, inOrder);
    CHECK(straight.offsets == std::vector<std::uint32_t>{0, 2, 2, 4, 5, 6, 7});
    CHECK(straight.names == std::vector<QString>{a, b, x}); // 3 events each, then by name
    CHECK(straight.counts == std::vector<std::uint32_t>{3, 3, 1});
    CHECK(straight.ids == std::vector<std::uint32_t>{0, 1, 1, 0, 2, 0, 1});
    for (const std::vector<int>& order :
         {std::vector<int>{0, 1, 2, 4, 3, 5}, std::vector<int>{5, 4, 3, 2, 1, 0}}) {
        std::vector<Event> shuffled;
        for (int k : order)
            shuffled.push_back(inOrder[std::size_t(k)]);
        const EventActors other = EventActors::fromEvents(c, shuffled);
        CHECK(other.names == straight.names);
        CHECK(other.counts == straight.counts);
        CHECK(other.offsets == straight.offsets);
        CHECK(other.ids == straight.ids);
    }
}

TEST_CASE("Actors load from the store's actor column as from complete events", "[timeline][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    const auto store = EventStore::open(path, true);
    const EventColumns c = store->loadColumns();
    const EventActors fromEvents = EventActors::fromEvents(c, store->query(EventQuery{}));
    const EventActors loaded = EventActorsReader::read(*store, c);
    REQUIRE(loaded.names.size() > 3);
    CHECK(loaded.names == fromEvents.names);
    CHECK(loaded.counts == fromEvents.counts);
    CHECK(loaded.offsets == fromEvents.offsets);
    CHECK(loaded.ids == fromEvents.ids);
}

TEST_CASE("The store pages complete events by id and orders ids by a list column", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    const auto store = EventStore::open(path, true);
    const EventColumns c = store->loadColumns();
    REQUIRE(c.size() > 10);
    const std::vector<qint64> ids{c.id[5], c.id[0], 987654321, c.id[3]};
    const std::vector<Event> page = store->events(ids);
    REQUIRE(page.size() == 3); // the unknown id is skipped, the order kept
    CHECK(page[0].id == c.id[5]);
    CHECK(page[1].id == c.id[0]);
    CHECK(page[2].id == c.id[3]);
    CHECK(page[0].title == store->event(c.id[5])->title);

    const std::vector<qint64> byTitle = store->idsOrderedBy(EventStore::ListOrder::Title);
    REQUIRE(byTitle.size() == c.size());
    // SQLite's NOCASE: ASCII letters folded, then UTF-8 bytes compared.
    std::vector<QByteArray> titles;
    for (const Event& e : store->events(byTitle)) {
        QByteArray t = e.title.toUtf8();
        for (char& ch : t)
            if (ch >= 'A' && ch <= 'Z') ch = char(ch - 'A' + 'a');
        titles.push_back(t);
    }
    CHECK(std::is_sorted(titles.begin(), titles.end()));
}

TEST_CASE("RowsById finds each id's row whether ids run, have gaps or are unordered",
          "[timeline][store]")
{
    const auto check = [](const std::vector<qint64>& ids) {
        const RowsById rows = RowsById::of(ids);
        REQUIRE(rows.rows() == ids.size());
        std::vector<qint64> sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        for (std::size_t k = 0; k < ids.size(); ++k)
            REQUIRE(rows.rowOf(ids[k]) == qint64(k));
        // Every id that is not there, around and between them.
        for (qint64 id = (sorted.empty() ? 0 : sorted.front()) - 3;
             id <= (sorted.empty() ? 0 : sorted.back()) + 3; ++id)
            if (!std::binary_search(sorted.begin(), sorted.end(), id))
                REQUIRE(rows.rowOf(id) == -1);
        return rows.memoryBytes();
    };
    std::vector<qint64> run(5000);
    std::iota(run.begin(), run.end(), 1);
    CHECK(check(run) < 100); // one run, not a copy of 5000 ids
    std::vector<qint64> gaps;
    for (qint64 id = -40; id < 5000; ++id)
        if (id % 1000 > 3) gaps.push_back(id); // a few removed stretches
    CHECK(check(gaps) < 1000);
    std::vector<qint64> sparse;
    for (qint64 id = 1; id < 3000; id += 2)
        sparse.push_back(id); // gaps everywhere: a copy
    check(sparse);
    std::vector<qint64> unordered{7, 3, 12, 4, 100, 5};
    check(unordered);
    check({});

    // The builder maps through it: two events' actors land on their rows.
    EventActorsBuilder b(RowsById::of(gaps));
    b.add(b.rowOf(gaps[10]), u"A");
    b.add(b.rowOf(gaps[20]), u"B");
    b.add(b.rowOf(gaps[20]), u"A");
    const EventActors a = b.finish();
    REQUIRE(a.rows() == gaps.size());
    CHECK(a.offsets[11] - a.offsets[10] == 1);
    CHECK(a.offsets[21] - a.offsets[20] == 2);
    CHECK(a.names.front() == QStringLiteral("A"));
}
