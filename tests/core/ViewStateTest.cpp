#include "model/ViewState.h"

#include "EventTestData.h"
#include "TestCatch.h"
#include "model/TimeController.h"

#include <QSignalSpy>
#include <numeric>

namespace {
std::size_t shown(const std::vector<std::uint8_t>& mask)
{
    return std::size_t(std::count_if(mask.begin(), mask.end(), [](auto v) { return v != 0; }));
}

std::vector<Category> threeCategories()
{
    return {{1, QStringLiteral("a"), Qt::red},
            {2, QStringLiteral("b"), Qt::green},
            {3, QStringLiteral("c"), Qt::blue}};
}
} // namespace

TEST_CASE("ViewState makes one mask of the time window and the filters", "[viewstate]")
{
    const EventColumns c = mapTestColumns(30); // event i on day i, category i % 3
    TimeController time;
    ViewState view(&time);
    QSignalSpy project(&view, &ViewState::projectChanged);
    QSignalSpy visibility(&view, &ViewState::visibilityChanged);
    QSignalSpy filters(&view, &ViewState::filtersChanged);
    QStringList searched;
    view.setProject(&c, threeCategories(), [&](const QString& words) {
        searched << words;
        return std::vector<qint64>{3, 4, 5, 6, 99}; // 99: not in the columns
    });
    CHECK(project.size() == 1);
    // A window never set becomes the whole span; every event shows.
    CHECK(time.window() == TimeWindow{0, 30 * 86400});
    CHECK(shown(view.visibility()) == 30);
    CHECK(view.visibleCount() == 30);
    CHECK(time.boundsFrom() == 0);
    CHECK(time.boundsTo() == 30 * 86400);

    const int before = int(visibility.size());
    time.setWindow({0, 10 * 86400});
    CHECK(visibility.size() == before + 1);
    CHECK(shown(view.visibility()) == 10);

    view.setCategoryEnabled(0, false); // days 0, 3, 6, 9
    CHECK(shown(view.visibility()) == 6);
    CHECK(view.categoriesEnabled() == std::vector<std::uint8_t>{0, 1, 1});
    const int filtered = int(filters.size());
    view.setCategoryEnabled(0, false); // no change, no signal
    CHECK(filters.size() == filtered);

    view.setText(QStringLiteral(" mosul "));
    CHECK(searched == QStringList{QStringLiteral("mosul")});
    REQUIRE(view.rows());
    CHECK(shown(view.visibility()) == 3);  // ids 3, 5, 6 (rows 2, 4, 5); row 3 is category 0
    view.setText(QStringLiteral("mosul")); // the same words: not searched again
    CHECK(searched.size() == 1);

    // Actors: either actor of an event matches; combined with the words.
    EventActors actors;
    actors.names = {QStringLiteral("A"), QStringLiteral("B")};
    for (std::size_t row = 0; row < c.size(); ++row) {
        actors.offsets.push_back(std::uint32_t(actors.ids.size()));
        actors.ids.push_back(row % 2 == 0 ? 0 : 1); // even rows A, odd rows B
    }
    actors.offsets.push_back(std::uint32_t(actors.ids.size()));
    QSignalSpy actorsArrived(&view, &ViewState::actorsChanged);
    view.setActors(&actors);
    CHECK(actorsArrived.size() == 1);
    view.setChosenActors({0, 1}); // B: odd rows
    CHECK(view.anyActorChosen());
    CHECK(shown(view.visibility()) == 1); // row 5
    view.setText(QString());
    CHECK(shown(view.visibility()) == 3); // rows 1, 5, 7 (9 is category 0)
    view.setChosenActors({0, 0});
    CHECK_FALSE(view.rows());
    CHECK(shown(view.visibility()) == 6);

    // A new project: filters off, nothing selected, the window kept.
    view.select({1, 2});
    view.setProject(&c, threeCategories(), {});
    CHECK(view.selection().empty());
    CHECK(view.categoriesEnabled() == std::vector<std::uint8_t>{1, 1, 1});
    CHECK_FALSE(view.actors());
    CHECK(time.window() == TimeWindow{0, 10 * 86400});
    CHECK(shown(view.visibility()) == 10);
}

TEST_CASE("ViewState keeps one selection and tells every view once", "[viewstate]")
{
    const EventColumns c = mapTestColumns(10);
    TimeController time;
    ViewState view(&time);
    view.setProject(&c, threeCategories(), {});
    QSignalSpy selection(&view, &ViewState::selectionChanged);
    QSignalSpy activated(&view, &ViewState::activated);

    view.selectIds({4, 2, 77}); // 77 is unknown
    CHECK(view.selection() == std::vector<int>{3, 1});
    CHECK(view.selectedIds() == std::vector<qint64>{4, 2});
    CHECK(selection.size() == 1);
    view.select({3, 1}); // a view echoing it back: nothing new
    view.selectIds({4, 2});
    CHECK(selection.size() == 1);
    view.select({-1, 3, 10}); // out of range rows are dropped
    CHECK(view.selection() == std::vector<int>{3});
    CHECK(selection.size() == 2);
    CHECK(view.rowOf(7) == 6);
    CHECK(view.rowOf(70) == -1);

    view.activate(6);
    view.activate(42); // no such row
    REQUIRE(activated.size() == 1);
    CHECK(activated.at(0).at(0).toInt() == 6);
}

TEST_CASE("ViewState's list area follows the map only when asked", "[viewstate]")
{
    const EventColumns c = mapTestColumns(10);
    TimeController time;
    ViewState view(&time);
    view.setProject(&c, threeCategories(), {});
    QSignalSpy area(&view, &ViewState::listAreaChanged);
    view.setMapArea(QRectF(0.1, 0.1, 0.2, 0.2));
    CHECK(area.isEmpty()); // the list shows everything: the map's area does not matter
    CHECK_FALSE(view.listArea());
    view.setOnlyInMapView(true);
    CHECK(area.size() == 1);
    REQUIRE(view.listArea());
    CHECK(*view.listArea() == QRectF(0.1, 0.1, 0.2, 0.2));
    view.setMapArea(QRectF(0.2, 0.2, 0.2, 0.2));
    CHECK(area.size() == 2);
    view.setMapArea(QRectF(0.2, 0.2, 0.2, 0.2));
    CHECK(area.size() == 2);
}

TEST_CASE("ViewState follows the time controller's mode", "[viewstate]")
{
    const EventColumns c = mapTestColumns(10);
    TimeController time;
    ViewState view(&time);
    view.setProject(&c, threeCategories(), {});
    time.setWindow({5 * 86400, 6 * 86400});
    CHECK(shown(view.visibility()) == 1);
    time.setMode(TimeController::Mode::Cumulative);
    CHECK(shown(view.visibility()) == 6); // everything begun before the window's end
    CHECK(view.filterSettings().mode == EventFilter::Mode::Cumulative);
    time.setMode(TimeController::Mode::Window);
    time.setInside(true);
    CHECK(shown(view.visibility()) == 1);
    CHECK(view.filterSettings().inside);
}
