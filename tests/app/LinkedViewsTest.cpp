// Map, timeline, list and filters agree: one window, one set of filters, one selection.
#include "ActorListModel.h"
#include "EventDetailsPanel.h"
#include "EventListView.h"
#include "EventTableModel.h"
#include "FilterPanel.h"
#include "MainWindow.h"
#include "MapWidget.h"
#include "ShowProject.h"
#include "TestCatch.h"
#include "TimelinePanel.h"
#include "io/SampleProject.h"
#include "model/TimeController.h"
#include "model/ViewState.h"
#include "store/EventStore.h"
#include "time/FuzzyDate.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <set>

namespace {
std::size_t shown(const std::vector<std::uint8_t>& mask)
{
    return std::size_t(
        std::count_if(mask.begin(), mask.end(), [](std::uint8_t v) { return v != 0; }));
}
} // namespace

TEST_CASE("The time window and filters drive map, timeline and list together", "[gui][linked]")
{
    QTemporaryDir dir;
    MainWindow w;
    showSample(w, dir);
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const EventColumns& c = w.columns();

    // Window: 10 June 2014 only. Day events of that day and month/year events spanning it.
    const TimeWindow tenth{FuzzyDate::parse(QStringLiteral("2014-06-10"))->begin(),
                           FuzzyDate::parse(QStringLiteral("2014-06-10"))->end()};
    w.time()->setWindow(tenth);
    std::size_t expected = 0;
    for (std::size_t i = 0; i < c.size(); ++i)
        expected += tenth.overlaps(c.lo[i], c.hi[i]) ? 1 : 0;
    REQUIRE(expected > 3);
    CHECK(shown(w.viewState()->visibility()) == expected);
    CHECK(std::size_t(w.eventList()->model()->rowCount()) == expected);

    // Unticking a category hides its events everywhere.
    QCheckBox* battles = nullptr;
    for (QCheckBox* b : w.filters()->findChildren<QCheckBox*>())
        if (b->text().startsWith(QStringLiteral("Battles"))) battles = b;
    REQUIRE(battles);
    battles->setChecked(false);
    const std::size_t withoutBattles = shown(w.viewState()->visibility());
    CHECK(withoutBattles < expected);
    CHECK(std::size_t(w.eventList()->model()->rowCount()) == withoutBattles);
    battles->setChecked(true);

    // Free text (FTS5) narrows to the matching events; the whole span so the window doesn't.
    w.time()->setWindow(TimeWindow{c.lo.empty() ? 0 : *std::min_element(c.lo.begin(), c.lo.end()),
                                   *std::max_element(c.hi.begin(), c.hi.end())});
    w.filters()->textField()->setText(QStringLiteral("Kirkuk"));
    QTRY_VERIFY_WITH_TIMEOUT(w.eventList()->model()->rowCount() < int(c.size()), 3000);
    const int rows = w.eventList()->model()->rowCount();
    CHECK(rows >= 1);
    CHECK(shown(w.viewState()->visibility()) == std::size_t(rows)); // the map shows the same set
    bool peshmerga = false;
    for (int r = 0; r < rows; ++r)
        peshmerga |= w.eventList()->model()->index(r, 1).data().toString().contains(
            QStringLiteral("Kirkuk"));
    CHECK(peshmerga);

    // Selecting in the timeline selects on the map and fills the details panel.
    w.filters()->textField()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(w.eventList()->model()->rowCount(), int(c.size()), 3000);
    const qint64 id = c.id[3];
    emit w.timeline()->timeline()->selectionChanged({id});
    REQUIRE(w.map()->selection() == std::vector<int>{3});
    CHECK_FALSE(w.details()->toPlainText().isEmpty());
    CHECK(w.eventList()->selectionModel()->selectedRows().size() == 1);
}

TEST_CASE("Ticking an actor narrows map, timeline and list to that actor's events",
          "[gui][linked][actors]")
{
    QTemporaryDir dir;
    MainWindow w;
    const QString path = showSample(w, dir);
    // The actors load off the UI thread: the list says so until they arrive.
    CHECK_FALSE(w.filters()->actorList()->isEnabled());
    w.waitForBackgroundWork();
    CHECK(w.filters()->actorList()->isEnabled());
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const EventColumns& c = w.columns();
    w.time()->setWindow(TimeWindow{*std::min_element(c.lo.begin(), c.lo.end()),
                                   *std::max_element(c.hi.begin(), c.hi.end())});
    REQUIRE(shown(w.viewState()->visibility()) == c.size());
    auto histogramTotal = [&] {
        const TimeHistogram::Bins& b = w.timeline()->timeline()->histogram();
        double sum = 0;
        for (std::size_t k = 0; k < b.size(); ++k)
            sum += b.total(k);
        return sum;
    };
    w.timeline()->timeline()->fitAll();
    w.timeline()->timeline()->repaint(); // the histogram is computed for the paint
    CHECK(histogramTotal() == Approx(double(c.size())).epsilon(1e-3));

    // The search box narrows the (possibly very long) list of actors.
    QAbstractItemModel* actorList = w.filters()->actorList()->model();
    const int allActors = actorList->rowCount();
    REQUIRE(allActors > 3);
    w.filters()->actorSearchField()->setText(QStringLiteral("peshmerga"));
    REQUIRE(actorList->rowCount() >= 1);
    CHECK(actorList->rowCount() < allActors);
    const QString actor = actorList->index(0, 0).data(ActorListModel::NameRole).toString();
    CHECK(actor.contains(QStringLiteral("Peshmerga"), Qt::CaseInsensitive));

    // The expected events, straight from the store: any event naming that actor.
    const auto store = EventStore::open(path, true);
    std::set<qint64> expected;
    for (const Event& e : store->query(EventQuery{}))
        for (const QString& a : e.actors)
            if (a.trimmed() == actor) expected.insert(e.id);
    REQUIRE(!expected.empty());
    REQUIRE(expected.size() < c.size());

    REQUIRE(actorList->setData(actorList->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    std::set<qint64> onMap;
    for (std::size_t i = 0; i < c.size(); ++i)
        if (w.viewState()->visibility()[i]) onMap.insert(c.id[i]);
    CHECK(onMap == expected);
    const QAbstractItemModel* list = w.eventList()->model();
    std::set<qint64> listed;
    for (int r = 0; r < list->rowCount(); ++r)
        listed.insert(list->index(r, 0).data(Qt::UserRole + 1).toLongLong());
    CHECK(listed == expected);
    for (int r = 0; r < list->rowCount(); ++r)
        CHECK(list->index(r, EventTableModel::Actors).data().toString().contains(actor));
    w.timeline()->timeline()->repaint();
    CHECK(histogramTotal() == Approx(double(expected.size())).epsilon(1e-3));

    // A second actor widens the set: an event matches if either of its actors is chosen.
    w.filters()->actorSearchField()->clear();
    int second = -1;
    for (int r = 0; r < actorList->rowCount() && second < 0; ++r)
        if (actorList->index(r, 0).data(ActorListModel::NameRole).toString() != actor) second = r;
    REQUIRE(second >= 0);
    const QString other = actorList->index(second, 0).data(ActorListModel::NameRole).toString();
    REQUIRE(actorList->setData(actorList->index(second, 0), Qt::Checked, Qt::CheckStateRole));
    std::set<qint64> either;
    for (const Event& e : store->query(EventQuery{}))
        for (const QString& a : e.actors)
            if (a.trimmed() == actor || a.trimmed() == other) either.insert(e.id);
    CHECK(std::size_t(list->rowCount()) == either.size());
    CHECK(shown(w.viewState()->visibility()) == either.size());

    // The project remembers the choice.
    w.close();
    MainWindow again;
    REQUIRE(again.openProject(path));
    // Restored while the actors load: kept aside, then applied when they arrive.
    CHECK(again.filters()->state().value(QStringLiteral("actors")).toArray().size() == 2);
    CHECK(shown(again.viewState()->visibility()) == c.size());
    QTRY_COMPARE_WITH_TIMEOUT(again.filters()->actorModel()->chosenNames().size(), 2, 10000);
    CHECK(shown(again.viewState()->visibility()) == either.size());
}

TEST_CASE("The event list sorts by any column, pages events in, and double-click centres both "
          "views",
          "[gui][linked][list]")
{
    QTemporaryDir dir;
    MainWindow w;
    showSample(w, dir);
    const EventColumns& c = w.columns();
    w.time()->setWindow(TimeWindow{*std::min_element(c.lo.begin(), c.lo.end()),
                                   *std::max_element(c.hi.begin(), c.hi.end())});
    QTableView* list = w.eventList();
    REQUIRE(std::size_t(list->model()->rowCount()) == c.size());

    // By date (the default): widened starts never decrease down the list.
    auto rowOfId = [&](qint64 id) {
        return std::size_t(std::find(c.id.begin(), c.id.end(), id) - c.id.begin());
    };
    for (int r = 1; r < list->model()->rowCount(); ++r)
        CHECK(c.lo[rowOfId(list->model()->index(r - 1, 0).data(Qt::UserRole + 1).toLongLong())] <=
              c.lo[rowOfId(list->model()->index(r, 0).data(Qt::UserRole + 1).toLongLong())]);

    // By title, descending: the store orders, the list shows it reversed.
    list->sortByColumn(EventTableModel::Title, Qt::DescendingOrder);
    REQUIRE(std::size_t(list->model()->rowCount()) == c.size());
    std::vector<QByteArray> titles; // SQLite's NOCASE: ASCII folded, then UTF-8 bytes
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        QByteArray t = list->model()->index(r, EventTableModel::Title).data().toString().toUtf8();
        for (char& ch : t)
            if (ch >= 'A' && ch <= 'Z') ch = char(ch - 'A' + 'a');
        titles.push_back(t);
    }
    CHECK(std::is_sorted(titles.rbegin(), titles.rend()));
    CHECK(titles.front() != titles.back());

    // Double-click a row: the map and the timeline centre on that event.
    const QModelIndex index = list->model()->index(5, 0);
    const std::size_t row = rowOfId(index.data(Qt::UserRole + 1).toLongLong());
    emit list->doubleClicked(index);
    const TimeAxis& axis = w.timeline()->timeline()->axis();
    CHECK((axis.from() + axis.to()) / 2 ==
          Approx(double(c.lo[row] + c.hi[row]) / 2).margin(axis.secondsPerPixel()));
    CHECK(w.map()->viewport().centre().x() == Approx(c.x[row]).margin(1e-9));
    CHECK(w.map()->viewport().centre().y() == Approx(c.y[row]).margin(1e-9));
}

TEST_CASE("One selection: chosen in the list, kept while the window hides it, shown again",
          "[gui][linked][list]")
{
    QTemporaryDir dir;
    MainWindow w;
    showSample(w, dir);
    const EventColumns& c = w.columns();
    const TimeWindow all{*std::min_element(c.lo.begin(), c.lo.end()),
                         *std::max_element(c.hi.begin(), c.hi.end())};
    w.time()->setWindow(all);
    QTableView* list = w.eventList();

    // Select two rows in the list: the state, the map and the timeline follow.
    const QModelIndex a = list->model()->index(2, 0), b = list->model()->index(7, 0);
    const qint64 idA = a.data(EventTableModel::IdRole).toLongLong();
    const qint64 idB = b.data(EventTableModel::IdRole).toLongLong();
    QItemSelection pick;
    pick.select(a, a);
    pick.select(b, b);
    list->selectionModel()->select(pick,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    std::vector<qint64> ids = w.viewState()->selectedIds();
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<qint64>{std::min(idA, idB), std::max(idA, idB)});
    CHECK(w.map()->selection().size() == 2);
    CHECK(w.timeline()->timeline()->selection().size() == 2);
    CHECK(w.details()->toPlainText().isEmpty()); // details show one event only

    // A window without event A: the list no longer shows it, but it stays selected.
    const int rowA = w.viewState()->rowOf(idA);
    const TimeWindow before{all.from - 10 * 86400, c.lo[std::size_t(rowA)] - 86400};
    REQUIRE(before.isValid());
    w.time()->setWindow(before);
    CHECK(w.eventList()->eventModel()->rowOf(idA) < 0);
    CHECK(w.viewState()->selection().size() == 2);
    CHECK(w.map()->selection().size() == 2);

    // Back to everything: the list shows both selected again.
    w.time()->setWindow(all);
    CHECK(list->selectionModel()->selectedRows().size() == 2);

    // The map selects one: the list and details follow, no echo back changes it.
    const int rowB = w.viewState()->rowOf(idB);
    emit w.map()->selectionChanged({rowB});
    CHECK(w.viewState()->selection() == std::vector<int>{rowB});
    REQUIRE(list->selectionModel()->selectedRows().size() == 1);
    CHECK(list->selectionModel()->selectedRows().front().data(EventTableModel::IdRole) == idB);
    CHECK_FALSE(w.details()->toPlainText().isEmpty());
}
