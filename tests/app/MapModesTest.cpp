// The map's interaction modes (MapMode): sketching a line or an area, the rubber band's
// overlay, and the hand-over back to pan and select.
#include "MapWidget.h"
#include "PanSelectMode.h"
#include "RubberBandMode.h"
#include "SketchMode.h"
#include "TestCatch.h"

#include <QSignalSpy>
#include <QTest>

namespace {
struct ShownMap {
    MapWidget map;
    ShownMap()
    {
        map.resize(800, 600);
        map.show();
        REQUIRE(QTest::qWaitForWindowExposed(&map));
        map.zoomToBox(GeoBox{42.0, 33.0, 46.0, 37.0});
    }
};

QList<QPointF> finishedVertices(const QSignalSpy& spy)
{
    return spy.last().at(1).value<QList<QPointF>>();
}
} // namespace

TEST_CASE("Drawing an area: clicks add vertices, Enter finishes, then the map pans again",
          "[gui][mapmodes]")
{
    ShownMap s;
    MapWidget& map = s.map;
    QSignalSpy finished(&map, &MapWidget::sketchFinished);
    map.startSketch(Annotation::Kind::Polygon);
    REQUIRE(map.isSketching());
    CHECK(dynamic_cast<const DrawAreaMode*>(&map.mode()));
    const QList<QPoint> clicks{{200, 200}, {400, 220}, {300, 400}};
    for (const QPoint& p : clicks)
        QTest::mouseClick(&map, Qt::LeftButton, {}, p);
    // A drag between clicks pans and adds nothing.
    const QPointF centre = map.viewport().centre();
    QTest::mousePress(&map, Qt::LeftButton, {}, QPoint(500, 300));
    QTest::mouseMove(&map, QPoint(520, 300));
    QTest::mouseMove(&map, QPoint(560, 300));
    QTest::mouseRelease(&map, Qt::LeftButton, {}, QPoint(560, 300));
    CHECK(map.viewport().centre() != centre);
    CHECK(finished.isEmpty());
    QTest::keyClick(&map, Qt::Key_Return);
    REQUIRE(finished.size() == 1);
    CHECK(finished.last().at(0).value<Annotation::Kind>() == Annotation::Kind::Polygon);
    const QList<QPointF> vertices = finishedVertices(finished);
    REQUIRE(vertices.size() == 3);
    CHECK(vertices[0] != vertices[1]);
    CHECK(vertices[1] != vertices[2]);
    CHECK_FALSE(map.isSketching());
    CHECK(dynamic_cast<const PanSelectMode*>(&map.mode()));
}

TEST_CASE("Drawing a line: double-click finishes; too few vertices or Escape draw nothing",
          "[gui][mapmodes]")
{
    ShownMap s;
    MapWidget& map = s.map;
    QSignalSpy finished(&map, &MapWidget::sketchFinished);

    map.startSketch(Annotation::Kind::Polyline);
    CHECK(dynamic_cast<const DrawLineMode*>(&map.mode()));
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(200, 200));
    QTest::keyClick(&map, Qt::Key_Enter); // one vertex is not a line
    CHECK(finished.isEmpty());
    CHECK_FALSE(map.isSketching());

    map.startSketch(Annotation::Kind::Polyline);
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(200, 200));
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(300, 260));
    QTest::keyClick(&map, Qt::Key_Escape);
    CHECK(finished.isEmpty());
    CHECK_FALSE(map.isSketching());

    map.startSketch(Annotation::Kind::Polyline);
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(200, 200));
    // A double-click's first click adds its vertex; the double-click itself finishes.
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(300, 260));
    QTest::mouseDClick(&map, Qt::LeftButton, {}, QPoint(300, 260));
    REQUIRE(finished.size() == 1);
    CHECK(finished.last().at(0).value<Annotation::Kind>() == Annotation::Kind::Polyline);
    const QList<QPointF> vertices = finishedVertices(finished);
    REQUIRE(vertices.size() == 2);
    const QPointF last = map.viewport().geoToScreen(vertices.last().y(), vertices.last().x());
    CHECK(last.x() == Approx(300).margin(1));
    CHECK(last.y() == Approx(260).margin(1));
    CHECK_FALSE(map.isSketching());
}

TEST_CASE("Modes paint their overlay: the sketch and the rubber band", "[gui][mapmodes]")
{
    ShownMap s;
    MapWidget& map = s.map;
    const QImage plain = map.grab().toImage();
    const auto changedIn = [&](const QImage& image, const QRect& r) {
        int n = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                n += image.pixel(x, y) != plain.pixel(x, y);
        return n;
    };

    // Ctrl-drag: a translucent band from the press to the cursor.
    QTest::mousePress(&map, Qt::LeftButton, Qt::ControlModifier, QPoint(100, 100));
    CHECK(dynamic_cast<const RubberBandMode*>(&map.mode()));
    QTest::mouseMove(&map, QPoint(300, 250));
    const QImage band = map.grab().toImage();
    CHECK(changedIn(band, QRect(120, 120, 160, 110)) > 160 * 110 / 2); // tinted inside
    CHECK(changedIn(band, QRect(400, 350, 200, 200)) == 0);            // untouched outside
    QTest::mouseRelease(&map, Qt::LeftButton, Qt::ControlModifier, QPoint(300, 250));
    CHECK(changedIn(map.grab().toImage(), QRect(120, 120, 160, 110)) == 0); // gone

    // A sketch: the dashed shape between its vertices.
    map.startSketch(Annotation::Kind::Polyline);
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(100, 400));
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(500, 400));
    CHECK(changedIn(map.grab().toImage(), QRect(100, 397, 400, 7)) > 100);
    QTest::keyClick(&map, Qt::Key_Escape);
    CHECK(changedIn(map.grab().toImage(), QRect(100, 397, 400, 7)) == 0);
}

TEST_CASE("Drawing shows its keys in the status bar; Backspace removes the last point; an area "
          "is previewed closed",
          "[gui][mapmodes]")
{
    ShownMap s;
    MapWidget& map = s.map;
    QSignalSpy hints(&map, &MapWidget::modeHint);
    map.startSketch(Annotation::Kind::Polygon);
    REQUIRE(hints.size() == 1);
    const QString hint = hints.last().at(0).toString();
    CHECK(hint.contains(QStringLiteral("Enter")));
    CHECK(hint.contains(QStringLiteral("Esc")));
    CHECK(hint.contains(QStringLiteral("Backspace")));

    const QImage plain = map.grab().toImage();
    // A triangle, the cursor on its last vertex: the preview fills it (closed), not only its
    // two drawn sides.
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(200, 150));
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(500, 150));
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(350, 450));
    QCursor::setPos(map.mapToGlobal(QPoint(350, 450)));
    const QImage triangle = map.grab().toImage();
    CHECK(triangle.pixel(350, 250) != plain.pixel(350, 250)); // inside: tinted
    // The closing side, from the last vertex back to the first, is drawn.
    CHECK(triangle.pixel(275, 300) != plain.pixel(275, 300));

    QSignalSpy finished(&map, &MapWidget::sketchFinished);
    QTest::keyClick(&map, Qt::Key_Backspace);
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(300, 400));
    QTest::keyClick(&map, Qt::Key_Return);
    REQUIRE(finished.size() == 1);
    const QList<QPointF> vertices = finishedVertices(finished);
    REQUIRE(vertices.size() == 3); // the third click was taken back
    const QPointF last = map.viewport().geoToScreen(vertices.last().y(), vertices.last().x());
    CHECK(last.x() == Approx(300).margin(1));
    CHECK(last.y() == Approx(400).margin(1));
    // Leaving the mode clears the hint.
    CHECK(hints.last().at(0).toString().isEmpty());
}
