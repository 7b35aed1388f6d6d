// The window as a user drives it, under QT_QPA_PLATFORM=offscreen.
#include "MainWindow.h"

#include "EventDetailsPanel.h"
#include "EventListView.h"
#include "MapWidget.h"
#include "ShowProject.h"
#include "TestCatch.h"
#include "compose/MapExport.h"
#include "geo/WebMercator.h"
#include "io/SampleProject.h"
#include "model/ViewState.h"
#include "store/EventStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
QPoint screenOf(const MapWidget& map, const EventColumns& c, int row)
{
    return map.viewport().toScreen(QPointF(c.x[std::size_t(row)], c.y[std::size_t(row)])).toPoint();
}

int rowOf(const MainWindow& w, const QString& title)
{
    // Find via the list model: the window knows ids, the columns know rows.
    auto* list = w.eventList();
    for (int r = 0; r < list->model()->rowCount(); ++r)
        if (list->model()->index(r, 1).data().toString() == title) {
            const qint64 id = list->model()->index(r, 0).data(Qt::UserRole + 1).toLongLong();
            const auto& ids = w.columns().id;
            return int(std::find(ids.begin(), ids.end(), id) - ids.begin());
        }
    return -1;
}
} // namespace

TEST_CASE("Wheel zoom keeps the point under the cursor; drag pans; keys zoom", "[gui]")
{
    QTemporaryDir dir;
    MainWindow w;
    showSample(w, dir, QSize(1200, 800));
    MapWidget* map = w.map();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    const QPoint cursor(map->width() / 3, map->height() / 3);
    const QPointF before = map->viewport().toWorld(cursor);
    const double zoom = map->viewport().zoom();
    QWheelEvent wheel(cursor, map->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(map, &wheel);
    CHECK(map->viewport().zoom() == Approx(zoom + 1.0));
    const QPointF after = map->viewport().toWorld(cursor);
    CHECK(after.x() == Approx(before.x()).epsilon(1e-9));
    CHECK(after.y() == Approx(before.y()).epsilon(1e-9));

    const QPointF centre = map->viewport().centre();
    QTest::mousePress(map, Qt::LeftButton, Qt::NoModifier, QPoint(300, 300));
    QTest::mouseMove(map, QPoint(320, 310));
    QTest::mouseMove(map, QPoint(400, 350));
    QTest::mouseRelease(map, Qt::LeftButton, Qt::NoModifier, QPoint(400, 350));
    const double s = map->viewport().worldSizePx();
    CHECK(map->viewport().centre().x() == Approx(centre.x() - 100 / s).epsilon(1e-9));
    CHECK(map->viewport().centre().y() == Approx(centre.y() - 50 / s).epsilon(1e-9));

    const double z = map->viewport().zoom();
    map->setFocus();
    QTest::keyClick(map, Qt::Key_Plus);
    CHECK(map->viewport().zoom() == Approx(z + 0.5));
    QTest::keyClick(map, Qt::Key_Minus);
    CHECK(map->viewport().zoom() == Approx(z));
}

TEST_CASE("Clicking an event selects it and shows it as plain text", "[gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    {
        auto store = EventStore::create(path);
        auto writer = store->beginWrite();
        Event e;
        e.title = QStringLiteral("<b>bold?</b> <img src=x onerror=alert(1)>");
        e.start = 1402358400; // 10 June 2014
        e.lat = 36.34;
        e.lon = 43.13;
        e.category = QStringLiteral("Battles");
        e.sources = {Source{
            QStringLiteral("<script>x</script>"), QStringLiteral("javascript:alert(1)"), {}}};
        writer->addEvent(e);
        Event far = e;
        far.title = QStringLiteral("Baghdad");
        far.lat = 33.315;
        far.lon = 44.366;
        writer->addEvent(far);
        writer->commit();
    }
    MainWindow w;
    showProject(w, path, QSize(1000, 700));
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    MapWidget* map = w.map();
    map->repaint(); // hit testing works on what was drawn
    const int row = rowOf(w, QStringLiteral("Baghdad"));
    REQUIRE(row >= 0);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, screenOf(*map, w.columns(), row));
    REQUIRE(map->selection() == std::vector<int>{row});
    CHECK(w.details()->toPlainText().contains(QStringLiteral("Baghdad")));
    CHECK(w.details()->toPlainText().contains(QStringLiteral("10 June 2014 (day precision)")));

    const int other = 1 - row;
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, screenOf(*map, w.columns(), other));
    const QString text = w.details()->toPlainText();
    CHECK(text.contains(QStringLiteral("<b>bold?</b> <img src=x onerror=alert(1)>")));
    CHECK(text.contains(QStringLiteral("<script>x</script>")));
    CHECK_FALSE(w.details()->toHtml().contains(QStringLiteral("javascript:")));
    CHECK(w.eventList()->selectionModel()->selectedRows().size() == 1); // the list follows

    // Clicking empty sea clears the selection.
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
    CHECK(map->selection().empty());
}

TEST_CASE("Opening a damaged file reports it and keeps the window working", "[gui]")
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.tigris"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("SQLite format 3");
    f.close();
    MainWindow w;
    QString error;
    w.setErrorReporter([&](const QString& m) { error = m; });
    CHECK_FALSE(w.openProject(bad));
    CHECK(error.contains(QStringLiteral("bad.tigris")));
    CHECK_FALSE(w.openProject(dir.filePath(QStringLiteral("missing.tigris"))));
    CHECK(error.contains(QStringLiteral("no such file")));
}

TEST_CASE("Ctrl-drag selects every event inside the band", "[gui]")
{
    QTemporaryDir dir;
    MainWindow w;
    showSample(w, dir, QSize(1200, 800));
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    MapWidget* map = w.map();
    map->zoomToBox(GeoBox{42.5, 33.0, 45.0, 37.0}); // northern Iraq
    const QPoint a = map->viewport().geoToScreen(37.0, 42.5).toPoint();
    const QPoint b = map->viewport().geoToScreen(34.5, 45.0).toPoint();
    // The events shown: a first opening shows the story's window (StoryFrame), not every year.
    const std::vector<std::uint8_t>& shown = w.viewState()->visibility();
    std::size_t expected = 0;
    for (std::size_t i = 0; i < w.columns().size(); ++i) {
        const QPointF s = map->viewport().toScreen(QPointF(w.columns().x[i], w.columns().y[i]));
        if (QRectF(a, b).normalized().contains(s) && (shown.empty() || shown[i])) ++expected;
    }
    REQUIRE(expected >= 3);
    QTest::mousePress(map, Qt::LeftButton, Qt::ControlModifier, a);
    QTest::mouseMove(map, (a + b) / 2);
    QTest::mouseMove(map, b);
    QTest::mouseRelease(map, Qt::LeftButton, Qt::ControlModifier, b);
    CHECK(map->selection().size() == expected);
    CHECK(w.eventList()->selectionModel()->selectedRows().size() == int(expected));
}

TEST_CASE("File → Copy map image copies the map view as the export draws it", "[gui][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    MainWindow w;
    w.resize(1200, 800);
    REQUIRE(w.openProject(path));
    QAction* copy = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == QStringLiteral("&Copy map image")) copy = a;
    REQUIRE(copy);
    QApplication::clipboard()->clear();
    copy->trigger();
    const QImage copied = QApplication::clipboard()->image();
    REQUIRE_FALSE(copied.isNull());
    CHECK(copied.size() == w.map()->size());
    // The same picture as an export of the project read from disk with the same view.
    MapExportOptions o = w.currentExportOptions();
    o.size = w.map()->size();
    const QImage reference = MapExport::render(*EventStore::open(path, true), o);
    CHECK(copied.convertToFormat(QImage::Format_RGB32) ==
          reference.convertToFormat(QImage::Format_RGB32));
}
