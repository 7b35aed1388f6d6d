// Events without a position (issue 4) in the main window: listed, on the timeline, selectable,
// described as having no position, and never moving the map.
#include "EventDetailsPanel.h"
#include "EventListView.h"
#include "EventTableModel.h"
#include "FilterPanel.h"
#include "MainWindow.h"
#include "MapWidget.h"
#include "ShowProject.h"
#include "TestCatch.h"
#include "TimelinePanel.h"
#include "model/TimeController.h"
#include "model/ViewState.h"
#include "store/EventStore.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

TEST_CASE("An event without a position is listed and selectable, and the map stays put",
          "[gui][positionless]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mixed.tigris"));
    qint64 nowhereId = 0;
    {
        auto store = EventStore::create(path);
        auto w = store->beginWrite();
        for (int i = 0; i < 6; ++i) {
            Event e;
            e.title = QStringLiteral("Clash %1").arg(i);
            e.start = 1402358400 + i * 86400; // from 10 June 2014
            e.category = QStringLiteral("Battles");
            e.lat = 36.34 + 0.05 * i;
            e.lon = 43.13;
            w->addEvent(e);
        }
        Event nowhere;
        nowhere.title = QStringLiteral("Statement from an unknown place");
        nowhere.start = 1402444800; // 11 June 2014
        nowhere.category = QStringLiteral("Strategic");
        nowhere.locationName = QStringLiteral("unknown");
        nowhereId = w->addEvent(nowhere);
        w->commit();
    }

    MainWindow w;
    showProject(w, path);
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const EventColumns& c = w.columns();
    REQUIRE(c.size() == 7);
    w.time()->setWindow(TimeWindow{*std::min_element(c.lo.begin(), c.lo.end()),
                                   *std::max_element(c.hi.begin(), c.hi.end())});
    QTableView* list = w.eventList();
    REQUIRE(list->model()->rowCount() == 7);
    CHECK(std::count_if(w.viewState()->visibility().begin(), w.viewState()->visibility().end(),
                        [](std::uint8_t v) { return v != 0; }) == 7);

    int listRow = -1;
    for (int r = 0; r < list->model()->rowCount(); ++r)
        if (list->model()->index(r, 0).data(EventTableModel::IdRole).toLongLong() == nowhereId)
            listRow = r;
    REQUIRE(listRow >= 0);

    const QPointF centre = w.map()->viewport().centre();
    const double zoom = w.map()->viewport().zoom();
    list->selectionModel()->select(list->model()->index(listRow, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    REQUIRE(w.map()->selection().size() == 1);
    const std::size_t row = std::size_t(w.map()->selection()[0]);
    CHECK(c.id[row] == nowhereId);
    CHECK(std::isnan(c.x[row]));
    QTRY_VERIFY_WITH_TIMEOUT(
        w.details()->toPlainText().contains(QStringLiteral("Statement from an unknown place")),
        3000);
    CHECK(w.details()->toPlainText().contains(QStringLiteral("no position")));
    w.map()->repaint(); // the selection ring is skipped, not drawn at NaN

    // Double-click centres the timeline; the map has nowhere to go.
    emit list->doubleClicked(list->model()->index(listRow, 0));
    w.map()->zoomToSelection();
    CHECK(w.map()->viewport().centre() == centre);
    CHECK(w.map()->viewport().zoom() == zoom);
    CHECK_FALSE(std::isnan(w.map()->viewport().centre().x()));

    // "Only in map view" leaves it out of the list; the timeline still shows it.
    QCheckBox* inView = nullptr;
    for (QCheckBox* b : w.filters()->findChildren<QCheckBox*>())
        if (b->text().contains(QStringLiteral("map view"))) inView = b;
    REQUIRE(inView);
    w.map()->zoomToData(); // every positioned event in view
    inView->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 6, 3000);
    for (int r = 0; r < list->model()->rowCount(); ++r)
        CHECK(list->model()->index(r, 0).data(EventTableModel::IdRole).toLongLong() != nowhereId);
    inView->setChecked(false);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 7, 3000);

    // A positioned event does move the map.
    const QPointF before = w.map()->viewport().centre();
    list->selectionModel()->select(list->model()->index(listRow == 0 ? 1 : 0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    emit list->doubleClicked(list->model()->index(listRow == 0 ? 1 : 0, 0));
    CHECK(w.map()->viewport().centre() != before);
}
