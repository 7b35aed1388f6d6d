#include "TestCatch.h"
#include "annotations/AnnotationExchange.h"
#include "annotations/AnnotationLayer.h"
#include "annotations/AnnotationStore.h"
#include "io/ImportError.h"
#include "render/MapViewport.h"
#include "render/TimelinePainter.h"
#include "store/EventStore.h"
#include "time/FuzzyDate.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

namespace {
qint64 day(const char* iso)
{
    return FuzzyDate::parse(QString::fromLatin1(iso))->begin();
}

Annotation frontLine()
{
    Annotation a;
    a.kind = Annotation::Kind::Polyline;
    a.title = QStringLiteral("Front line on 12 June");
    a.note = QStringLiteral("<script>alert(1)</script> & <img src=x>");
    a.colour = QColor(QStringLiteral("#1f77b4"));
    a.vertices = {QPointF(43.1, 36.3), QPointF(43.5, 35.0), QPointF(43.7, 34.6)};
    a.validFrom = day("2014-06-12");
    a.validTo = day("2014-06-19");
    return a;
}
} // namespace

TEST_CASE("Annotations are saved at once, round-trip, and refuse read-only files", "[annotations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tigris"));
    qint64 id = 0;
    {
        auto store = EventStore::create(path);
        AnnotationStore annotations(*store);
        id = annotations.insert(frontLine());
        Annotation pin;
        pin.title = QStringLiteral("Refinery under siege");
        pin.vertices = {QPointF(43.45, 34.95)};
        annotations.insert(pin);
    } // no explicit save: every call was its own transaction
    auto store = EventStore::open(path);
    AnnotationStore annotations(*store);
    REQUIRE(annotations.all().size() == 2);
    Annotation back = *annotations.get(id);
    Annotation expected = frontLine();
    expected.id = id;
    CHECK(back == expected);
    CHECK(store->info().annotations == 2);

    back.vertices.append(QPointF(44.0, 34.0));
    annotations.update(back);
    CHECK(annotations.get(id)->vertices.size() == 4);
    annotations.remove(id);
    CHECK_FALSE(annotations.get(id).has_value());
    // Undo of a deletion re-inserts under the same id.
    CHECK(annotations.insert(back) == id);

    auto readOnly = EventStore::open(path, true);
    AnnotationStore ro(*readOnly);
    CHECK_THROWS_AS(ro.insert(frontLine()), StoreError);
    CHECK(annotations.all().size() == 2);
}

TEST_CASE("An annotation with a span shows only when the window overlaps it", "[annotations]")
{
    const Annotation a = frontLine();
    CHECK(a.visibleIn(TimeWindow{day("2014-06-10"), day("2014-06-13")}));
    CHECK_FALSE(a.visibleIn(TimeWindow{day("2014-06-01"), day("2014-06-12")}));
    CHECK_FALSE(a.visibleIn(TimeWindow{day("2014-06-19"), day("2014-06-30")}));
    Annotation fromThenOn = a;
    fromThenOn.validTo.reset();
    CHECK(fromThenOn.visibleIn(TimeWindow{day("2015-01-01"), day("2015-01-02")}));
    CHECK_FALSE(fromThenOn.visibleIn(TimeWindow{day("2014-06-01"), day("2014-06-12")}));
    Annotation always;
    always.vertices = {QPointF(44, 33)};
    CHECK(always.visibleIn(TimeWindow{0, 1}));

    std::vector<Annotation> list{a};
    list[0].id = 5;
    AnnotationLayer layer;
    layer.setAnnotations(&list);
    const MapViewport view = MapViewport::fitting(GeoBox{42, 34, 45, 37}, QSizeF(600, 600));
    const QPointF vertex = view.geoToScreen(35.0, 43.5);
    layer.setWindow(TimeWindow{day("2014-06-12"), day("2014-06-13")});
    REQUIRE(layer.hitTest(vertex, view).has_value());
    CHECK(layer.hitTest(vertex, view)->vertex == 1);
    layer.setWindow(TimeWindow{day("2014-07-01"), day("2014-07-02")});
    CHECK_FALSE(layer.hitTest(vertex, view).has_value());
}

TEST_CASE("GeoJSON and KML round trips keep geometry, text, colour and time", "[annotations]")
{
    Annotation area;
    area.kind = Annotation::Kind::Polygon;
    area.title = QStringLiteral("Area of control, week 24");
    area.vertices = {QPointF(42.5, 36.5), QPointF(43.8, 36.5), QPointF(43.8, 34.5)};
    area.validFrom = day("2014-06-09");
    area.validTo = day("2014-06-16");
    Annotation pin;
    pin.title = QStringLiteral("Checkpoint");
    pin.vertices = {QPointF(44.366, 33.315)};
    const std::vector<Annotation> all{frontLine(), area, pin};

    auto check = [&](const std::vector<Annotation>& back) {
        REQUIRE(back.size() == all.size());
        for (std::size_t i = 0; i < all.size(); ++i) {
            INFO(i);
            CHECK(back[i].kind == all[i].kind);
            CHECK(back[i].title == all[i].title);
            CHECK(back[i].note == all[i].note);
            CHECK(back[i].colour == all[i].colour);
            CHECK(back[i].validFrom == all[i].validFrom);
            CHECK(back[i].validTo == all[i].validTo);
            REQUIRE(back[i].vertices.size() == all[i].vertices.size());
            for (int k = 0; k < back[i].vertices.size(); ++k) {
                CHECK(back[i].vertices[k].x() == Approx(all[i].vertices[k].x()).margin(1e-6));
                CHECK(back[i].vertices[k].y() == Approx(all[i].vertices[k].y()).margin(1e-6));
            }
        }
    };
    check(AnnotationExchange::fromGeoJson(AnnotationExchange::toGeoJson(all)));
    const QByteArray kml = AnnotationExchange::toKml(all);
    CHECK(kml.contains("<TimeSpan>"));
    CHECK(kml.contains("&lt;script&gt;")); // the note is text, escaped
    check(AnnotationExchange::fromKml(kml));

    const QByteArray xxe = "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY x SYSTEM "
                           "\"file:///etc/passwd\">]><kml><Placemark><name>&x;</name>"
                           "<Point><coordinates>1,2</coordinates></Point></Placemark></kml>";
    CHECK_THROWS_AS(AnnotationExchange::fromKml(xxe), ImportError);
    CHECK_THROWS_AS(AnnotationExchange::fromKml("<kml><Placemark>"), ImportError);
    CHECK_THROWS_AS(AnnotationExchange::fromGeoJson("{\"type\":\"FeatureCollection\",\"features\":"
                                                    "[{\"geometry\":{\"type\":\"Point\","
                                                    "\"coordinates\":[200,0]}}]}"),
                    ImportError);
}

TEST_CASE("Annotation spans are drawn as bands on the timeline", "[annotations][timeline]")
{
    TimelineScene scene;
    scene.axis = TimeAxis(day("2014-06-01"), day("2014-07-01"), 600);
    const std::vector<TimelineScene::Mark> marks{
        {day("2014-06-11"), day("2014-06-21"), QColor(Qt::red), QStringLiteral("Siege")}};
    scene.marks = &marks;
    QImage image(600, 160, QImage::Format_RGB32);
    QPainter painter(&image);
    TimelinePainter::paint(painter, scene, QSizeF(600, 160));
    painter.end();
    const double y = TimelinePainter::layout(QSizeF(600, 160)).events.top() + 3;
    const QColor inside = image.pixelColor(int(scene.axis.xOf(double(day("2014-06-15")))), int(y));
    const QColor outside = image.pixelColor(int(scene.axis.xOf(double(day("2014-06-05")))), int(y));
    CHECK(inside.red() > 200);
    CHECK(inside.green() < 150);
    CHECK(outside.green() > 150); // no band before the span
}
