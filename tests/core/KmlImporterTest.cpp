#include "io/KmlImporter.h"

#include "ImportTestSupport.h"
#include "TestCatch.h"
#include "annotations/AnnotationStore.h"
#include "io/EventExport.h"

#include <QBuffer>

using Rejections = std::vector<std::pair<qint64, std::string>>;

namespace {

QByteArray placemarks(const QByteArray& body,
                      const QByteArray& root = "<kml xmlns=\"http://www.opengis.net/kml/2.2\">")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root + "\n<Document>\n" + body +
           "\n</Document>\n</kml>\n";
}

} // namespace

TEST_CASE("KML: dated points become events, with folders as categories; bad placemarks are "
          "rejected at their line",
          "[import][kml]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(*store, importFixture("iraq_2014.kml"));
    CHECK(r.format == QStringLiteral("kml"));
    CHECK(r.imported == 6); // line 61, dated without geometry or place: without a position
    CHECK(rejections(r) ==
          Rejections{{25, "latitude 95 out of range"},
                     {51, "<when> '10 June 2014' is not a KML date (YYYY, YYYY-MM, YYYY-MM-DD "
                          "or YYYY-MM-DDThh:mm:ssZ)"},
                     {56, "<end> 2014-06-01 is before <begin> 2014-06-20"},
                     {65, "fatalities: 'many' is not a count"}});

    const auto events = store->query({});
    REQUIRE(events.size() == 6);
    const Event* nameless = findEvent(events, QStringLiteral("No geometry, no address, no name"));
    REQUIRE(nameless);
    CHECK_FALSE(nameless->hasCoordinate());
    CHECK(nameless->titleDerived);
    const Event* mosul = findEvent(events, QStringLiteral("Mosul falls"));
    REQUIRE(mosul);
    CHECK(mosul->lon == Approx(43.13));
    CHECK(mosul->lat == Approx(36.34));
    CHECK(mosul->startDate().toIso() == QStringLiteral("2014-06-10"));
    CHECK(mosul->precision == DatePrecision::Day);
    CHECK(mosul->category == QStringLiteral("Battles"));
    CHECK(mosul->actors == QStringList{QStringLiteral("ISIL"), QStringLiteral("Iraqi Army")});
    CHECK(mosul->fatalities == std::optional<int>(3));
    CHECK(mosul->externalId == QStringLiteral("mosul-2014-06-10"));
    // The CDATA's HTML is reduced to its words: no tags, no script, no link target.
    CHECK(mosul->description == QStringLiteral("Fighters take the airport & the bases.\nNYT"));
    REQUIRE(mosul->sources.size() == 1);
    CHECK(mosul->sources[0].name == QStringLiteral("New York Times"));
    CHECK(mosul->sources[0].url == QStringLiteral("https://www.nytimes.com/"));

    const Event* tikrit = findEvent(events, QStringLiteral("Tikrit and Baiji taken"));
    REQUIRE(tikrit); // the gx:Track inside is ignored; the TimeSpan's end day is included
    CHECK(tikrit->start == utcDay(2014, 6, 11));
    CHECK(tikrit->end == std::optional<qint64>(utcDay(2014, 6, 12)));
    CHECK(tikrit->spanEnd() == utcDay(2014, 6, 13));

    const Event* abuGhraib = findEvent(events, QStringLiteral("Abu Ghraib prison break"));
    REQUIRE(abuGhraib);
    CHECK(abuGhraib->category == QStringLiteral("Prison breaks"));
    CHECK(abuGhraib->precision == DatePrecision::Second);
    CHECK(abuGhraib->startDate().toIso() == QStringLiteral("2013-07-21T21:30:00Z"));
    CHECK(abuGhraib->fatalities == std::optional<int>(26)); // SchemaData, any case

    const Event* kirkuk = findEvent(events, QStringLiteral("Peshmerga in Kirkuk"));
    REQUIRE(kirkuk); // gYearMonth: June 2014, the whole month
    CHECK(kirkuk->precision == DatePrecision::Month);
    CHECK(kirkuk->spanEnd() == utcDay(2014, 7, 1));
    CHECK(kirkuk->category == QStringLiteral("Strategic developments"));

    const Event* raqqa = findEvent(events, QStringLiteral("Raqqa oil income"));
    REQUIRE(raqqa); // gYear, outside any folder: no category
    CHECK(raqqa->precision == DatePrecision::Year);
    CHECK(raqqa->category.isEmpty());
}

TEST_CASE("KML: lines, polygons, multi-geometries and undated points become annotations in the "
          "same import",
          "[import][kml]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(*store, importFixture("iraq_2014.kml"));
    CHECK(r.annotations == 5);
    CHECK(r.toJson().value(QStringLiteral("annotations")).toInt() == 5);
    CHECK(r.warnings ==
          QStringList{QStringLiteral("1 placemark(s) without a date became map pins "
                                     "(annotations), not events"),
                      QStringLiteral("1 dated placemark(s) without a geometry or place imported "
                                     "without a position (timeline and list only)"),
                      QStringLiteral("1 polygon(s) have holes (innerBoundaryIs); only "
                                     "their outer boundary was kept")});
    const auto all = AnnotationStore(*store).all();
    REQUIRE(all.size() == 5);
    CHECK(store->info().annotations == 5);

    const Annotation& front = all[0];
    CHECK(front.kind == Annotation::Kind::Polyline);
    CHECK(front.title == QStringLiteral("Front line north of Baghdad"));
    CHECK(front.vertices.size() == 3);
    CHECK(front.colour == QColor(255, 0, 0)); // KML's aabbggrr
    CHECK(front.validFrom == std::optional<qint64>(utcDay(2014, 6, 12)));
    CHECK(front.validTo == std::optional<qint64>(utcDay(2014, 7, 1)));

    const Annotation& falluja = all[1];
    CHECK(falluja.kind == Annotation::Kind::Polygon);
    CHECK(falluja.vertices.size() == 4); // the closing vertex is implied
    CHECK(falluja.note == QStringLiteral("Held since January 2014"));
    CHECK(falluja.validFrom == std::optional<qint64>(utcDay(2014, 1, 1)));
    CHECK_FALSE(falluja.validTo.has_value());

    CHECK(all[2].kind == Annotation::Kind::Polyline); // one per part of the MultiGeometry
    CHECK(all[3].kind == Annotation::Kind::Polyline);
    CHECK(all[2].title == QStringLiteral("Tigris valley routes"));
    CHECK(all[3].vertices.last() == QPointF(44.36, 33.31));

    const Annotation& baiji = all[4];
    CHECK(baiji.kind == Annotation::Kind::Point);
    CHECK(baiji.title == QStringLiteral("Baiji refinery"));
    CHECK(baiji.vertices == QList<QPointF>{QPointF(43.49, 34.93)});
    CHECK_FALSE(baiji.validFrom.has_value());
}

TEST_CASE("KML: a KML without any date imports its places as annotations", "[import][kml]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QString path = writeSource(
        dir, "places.kml",
        placemarks("<Placemark><name>Mosul</name><Point><coordinates>43.13,36.34</coordinates>"
                   "</Point></Placemark>\n<Placemark><name>Erbil</name><Point><coordinates>"
                   "44.01,36.19</coordinates></Point></Placemark>"));
    const ImportReport r = importFile(*store, path);
    CHECK(r.imported == 0);
    CHECK(r.annotations == 2);
    CHECK(store->info().events == 0);
    CHECK(AnnotationStore(*store).all().size() == 2); // committed although no event was
}

TEST_CASE("KML: the kml namespace with a prefix, without one, and gx extensions", "[import][kml]")
{
    QTemporaryDir dir;
    const QByteArray body = "<Placemark><name>Mosul falls</name><TimeStamp><when>2014-06-10"
                            "</when></TimeStamp><Point><coordinates>43.13,36.34</coordinates>"
                            "</Point></Placemark>";
    SECTION("no namespace")
    {
        auto store = newProject(dir);
        CHECK(importFile(*store, writeSource(dir, "a.kml", placemarks(body, "<kml>"))).imported ==
              1);
    }
    SECTION("a prefix")
    {
        auto store = newProject(dir);
        QByteArray prefixed = body;
        for (const char* tag : {"Placemark", "name", "TimeStamp", "when", "Point", "coordinates"}) {
            prefixed.replace(QByteArray("<") + tag + ">", QByteArray("<k:") + tag + ">");
            prefixed.replace(QByteArray("</") + tag + ">", QByteArray("</k:") + tag + ">");
        }
        const QByteArray doc = "<?xml version=\"1.0\"?>\n<k:kml xmlns:k=\"http://www.opengis.net/"
                               "kml/2.2\"><k:Document>" +
                               prefixed + "</k:Document></k:kml>\n";
        const ImportReport r = importFile(*store, writeSource(dir, "b.kml", doc));
        CHECK(r.imported == 1);
        CHECK(store->query({}).at(0).title == QStringLiteral("Mosul falls"));
    }
    SECTION("gx: elements are skipped, even a gx:TimeStamp")
    {
        auto store = newProject(dir);
        const QByteArray gx =
            "<Placemark><name>Tracked</name><gx:TimeStamp><when>2014-06-10</when></gx:TimeStamp>"
            "<gx:Track><when>2014-06-10</when></gx:Track>"
            "<Point><coordinates>43.13,36.34</coordinates></Point></Placemark>";
        const ImportReport r = importFile(
            *store, writeSource(dir, "c.kml",
                                placemarks(gx, "<kml xmlns=\"http://www.opengis.net/kml/2.2\" "
                                               "xmlns:gx=\"http://www.google.com/kml/ext/2.2\">")));
        CHECK(r.imported == 0);
        CHECK(r.annotations == 1); // no KML time: a pin
    }
}

TEST_CASE("KML: a DOCTYPE is refused, with external entities or a billion laughs", "[import][kml]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QByteArray external =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark><name>&xxe;</name><TimeStamp>"
        "<when>2014</when></TimeStamp><Point><coordinates>43.1,36.3</coordinates></Point>"
        "</Placemark></kml>\n";
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        laughs += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j)
            laughs += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
        laughs += "\">\n";
    }
    laughs += "]>\n<kml><Placemark><name>&lol9;</name><Point><coordinates>43.1,36.3"
              "</coordinates></Point></Placemark></kml>\n";
    for (const auto& [name, bytes] :
         {std::pair{"external.kml", external}, std::pair{"laughs.kml", laughs}}) {
        const ImportError e = importFailure(*store, writeSource(dir, name, bytes));
        CAPTURE(name);
        CHECK(e.message().contains(QStringLiteral("a KML file with a DOCTYPE is refused")));
        CHECK(e.line() >= 2);
    }
    CHECK(store->info().events == 0);
    CHECK(store->info().annotations == 0);
}

TEST_CASE("KML: XML that is not KML, or not well formed, is one error; nothing is written",
          "[import][kml]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportError gpx = importFailure(
        *store,
        writeSource(dir, "track.gpx",
                    "<?xml version=\"1.0\"?>\n<gpx xmlns=\"http://www.topografix.com/GPX/1/1\">"
                    "</gpx>\n"),
        QStringLiteral("kml"));
    // GPX is named by its first bytes before any importer reads it.
    CHECK(gpx.message().contains(QStringLiteral("this is a GPX file")));

    const QString broken = writeSource(
        dir, "broken.kml",
        placemarks("<Placemark><name>Mosul</name><TimeStamp><when>2014</when></TimeStamp>"
                   "<Point><coordinates>43.1,36.3</coordinates></Point></Placemark>\n"
                   "<Placemark><name>Open\n</Document>"));
    const ImportError e = importFailure(*store, broken);
    CHECK(e.message().startsWith(broken + QStringLiteral(", line 6: not valid KML")));
    CHECK(e.line() == 6);
    CHECK(store->info().events == 0); // the first placemark had been read: rolled back
}

TEST_CASE("KML: Tigris's own KML export imports back with dates and precision", "[import][kml]")
{
    Event june;
    june.title = QStringLiteral("Peshmerga hold Kirkuk");
    june.start = FuzzyDate::parse(QStringLiteral("2014-06"))->seconds;
    june.end = FuzzyDate::parse(QStringLiteral("2014-07"))->seconds;
    june.precision = DatePrecision::Month;
    june.lat = 35.47;
    june.lon = 44.39;
    june.category = QStringLiteral("Strategic developments");
    june.actors = {QStringLiteral("Peshmerga")};
    june.geoPrecision = GeoPrecision::Region;
    // Plain text that looks like HTML stays as it is, line breaks and spaces too.
    june.description = QStringLiteral("Fish &amp; chips, <b>not bold</b>\n\n  a < b > c  ");
    june.tags = {QStringLiteral("oil"), QStringLiteral("front line")};
    Event day = june;
    day.title = QStringLiteral("Mosul falls &amp; <i>so</i> does Tal Afar");
    day.start = utcDay(2014, 6, 10);
    day.end.reset();
    day.precision = DatePrecision::Day;
    day.fatalities = 3;
    day.approximate = true;
    day.geoPrecision = GeoPrecision::Near;
    day.tags.clear();
    day.lat = 36.340123456; // nine decimals come back
    day.sources = {Source{QStringLiteral("NYT"), QStringLiteral("https://www.nytimes.com/"),
                          QStringLiteral("\"Mosul fell\", they said; <b>twice</b>")},
                   Source{QStringLiteral("Reuters"), {}, {}}};

    QTemporaryDir dir;
    QFile out(dir.filePath(QStringLiteral("export.kml")));
    REQUIRE(out.open(QIODevice::WriteOnly));
    EventExport::writeKml(out, {june, day});
    out.close();
    auto store = newProject(dir);
    const ImportReport r = importFile(*store, out.fileName());
    REQUIRE(r.imported == 2);
    const auto events = store->query({});
    for (const Event& original : {june, day}) {
        const Event* back = findEvent(events, original.title);
        REQUIRE(back);
        CHECK(back->precision == original.precision);
        CHECK(back->start == original.start);
        CHECK(back->end == original.end);
        CHECK(back->spanEnd() == original.spanEnd());
        CHECK(back->category == original.category);
        CHECK(back->actors == original.actors);
        CHECK(back->fatalities == original.fatalities);
        CHECK(back->description == original.description);
        CHECK(back->geoPrecision == original.geoPrecision);
        CHECK(back->approximate == original.approximate);
        CHECK(back->tags == original.tags);
        CHECK(back->sources == original.sources);
        CHECK(back->lat == Approx(original.lat).margin(1e-9));
    }

    // Tigris's names with values it did not write reject the placemark, naming the field.
    const QByteArray bad = QByteArray(
        "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n"
        "<Placemark><name>A</name><TimeStamp><when>2014-06-10</when></TimeStamp><ExtendedData>"
        "<Data name=\"tigris:approximate\"><value>maybe</value></Data></ExtendedData>"
        "<Point><coordinates>43.1,36.3</coordinates></Point></Placemark>\n"
        "<Placemark><name>B</name><TimeStamp><when>2014-06-10</when></TimeStamp><ExtendedData>"
        "<Data name=\"tigris:geo_precision\"><value>city</value></Data></ExtendedData>"
        "<Point><coordinates>43.1,36.3</coordinates></Point></Placemark>\n"
        "<Placemark><name>C</name><TimeStamp><when>2014-06-10</when></TimeStamp><ExtendedData>"
        "<Data name=\"tigris:sources\"><value>[\"NYT\"]</value></Data></ExtendedData>"
        "<Point><coordinates>43.1,36.3</coordinates></Point></Placemark>\n"
        "<Placemark><name>D</name><TimeStamp><when>2014-06-10</when></TimeStamp><ExtendedData>"
        "<Data name=\"tigris:sources\"><value>{</value></Data></ExtendedData>"
        "<Point><coordinates>43.1,36.3</coordinates></Point></Placemark>\n"
        "</Document></kml>\n");
    const ImportReport rb = importFile(*store, writeSource(dir, "bad-tigris.kml", bad));
    CHECK(rb.imported == 0);
    CHECK(rejections(rb) == std::vector<std::pair<qint64, std::string>>{
                                {2, "tigris:approximate 'maybe' is not true or false"},
                                {3, "tigris:geo_precision 'city' is not exact, near or region"},
                                {4, "tigris:sources holds a source that is not a JSON object"},
                                {5, "tigris:sources is not a JSON array"}});
}

TEST_CASE("KML: detected by content or name, and forced with --format kml", "[import][kml]")
{
    const QByteArray kml = placemarks("");
    CHECK(makeImporter(QStringLiteral("auto"), QStringLiteral("x.xml"), kml)->format() ==
          QStringLiteral("kml"));
    CHECK(makeImporter(QStringLiteral("auto"), QStringLiteral("doc.kml"), "<?xml version=\"1.0\"?>")
              ->format() == QStringLiteral("kml"));
    CHECK(makeImporter(QStringLiteral("KML"), QStringLiteral("x.txt"), "a,b")->format() ==
          QStringLiteral("kml"));
    CHECK(importerFormats().contains(QStringLiteral("kml")));
}

TEST_CASE("KML: shared styles give annotations their colour, through a StyleMap too",
          "[import][kml]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const QByteArray body =
        "<Style id=\"front\"><LineStyle><color>ff00ff00</color></LineStyle></Style>\n"
        "<Style id=\"held\"><PolyStyle><color>7fff0000</color></PolyStyle></Style>\n"
        "<StyleMap id=\"held-map\"><Pair><key>highlight</key><styleUrl>#front</styleUrl></Pair>"
        "<Pair><key>normal</key><styleUrl>#held</styleUrl></Pair></StyleMap>\n"
        "<Placemark><name>Front</name><styleUrl>#front</styleUrl><LineString><coordinates>"
        "43.9,34.2 44.2,34.0</coordinates></LineString></Placemark>\n"
        "<Placemark><name>Held</name><styleUrl>#held-map</styleUrl><Polygon><outerBoundaryIs>"
        "<LinearRing><coordinates>43.6,33.2 43.9,33.2 43.9,33.5</coordinates></LinearRing>"
        "</outerBoundaryIs></Polygon></Placemark>\n"
        "<Placemark><name>Elsewhere</name><styleUrl>other.kml#front</styleUrl><LineString>"
        "<coordinates>43.9,34.2 44.2,34.0</coordinates></LineString></Placemark>";
    const ImportReport r = importFile(*store, writeSource(dir, "styled.kml", placemarks(body)));
    REQUIRE(r.annotations == 3);
    const auto all = AnnotationStore(*store).all();
    CHECK(all[0].colour == QColor(0, 255, 0));
    CHECK(all[1].colour == QColor(0, 0, 255));   // aabbggrr: blue, via the "normal" pair
    CHECK(all[2].colour == Annotation().colour); // another file's style is not followed
}

TEST_CASE("KML: a dated placemark without geometry is placed by its address, else its name, "
          "from the gazetteer",
          "[import][kml][gazetteer]")
{
    QTemporaryDir dir;
    auto store = newProject(dir);
    const ImportReport r = importFile(
        *store,
        writeSource(dir, "places.kml",
                    placemarks("<Placemark><name>Tikrit taken</name>\n" // 4
                               "<address>Tikrit, Iraq</address>\n"
                               "<TimeStamp><when>2014-06-11</when></TimeStamp>\n"
                               "</Placemark>\n"
                               "<Placemark><name>Tikrit</name>\n" // 8
                               "<ExtendedData><Data name=\"Country\"><value>Iraq</value></Data>"
                               "</ExtendedData>\n"
                               "<TimeStamp><when>2014-06-12</when></TimeStamp>\n"
                               "</Placemark>\n"
                               "<Placemark><name>Sinjar</name>\n" // 12
                               "<TimeStamp><when>2014-08-03</when></TimeStamp>\n"
                               "</Placemark>\n"
                               "<Placemark><name>Undated, unplaced</name>\n" // 15
                               "<address>Tikrit, Iraq</address>\n"
                               "</Placemark>\n"
                               "<Placemark><name>Pinned</name>\n" // 18
                               "<address>Sinjar, Iraq</address>\n"
                               "<TimeStamp><when>2014-08-04</when></TimeStamp>\n"
                               "<Point><coordinates>41.87,36.32</coordinates></Point>\n"
                               "</Placemark>")));
    CHECK(r.imported == 4);
    CHECK(rejections(r) == Rejections{{15, "placemark has no geometry"}});

    REQUIRE(r.geocoded.size() == 2);
    CHECK(r.geocoded[0].line == 4);
    CHECK(r.geocoded[0].place == QStringLiteral("Tikrit"));
    CHECK(r.geocoded[0].source == QStringLiteral("gazetteer"));
    CHECK(r.geocoded[0].by == QStringLiteral("name, country"));
    CHECK(r.geocoded[0].lat == Approx(34.6).margin(0.05));
    CHECK(r.geocoded[0].lon == Approx(43.7).margin(0.05));
    CHECK(r.geocoded[1].line == 8);
    CHECK(r.geocoded[1].by == QStringLiteral("name, country"));
    CHECK(r.geocoded[1].locationId == r.geocoded[0].locationId);

    REQUIRE(r.ambiguous.size() == 1);
    CHECK(r.ambiguous[0].line == 12);
    CHECK(r.ambiguous[0].place == QStringLiteral("Sinjar"));
    QStringList countries;
    for (const auto& c : r.ambiguous[0].candidates)
        countries << c.country;
    countries.sort();
    CHECK(countries == QStringList{QStringLiteral("Iraq"), QStringLiteral("Syria")});
    CHECK(r.warnings == QStringList{QStringLiteral("1 imported rows name a place with several "
                                                   "candidates (listed under 'ambiguous'): "
                                                   "they are not placed")});

    const auto events = store->query({});
    const Event* taken = findEvent(events, QStringLiteral("Tikrit taken"));
    REQUIRE(taken);
    CHECK(taken->locationName == QStringLiteral("Tikrit"));
    CHECK(taken->locationId.has_value());
    CHECK(taken->lat == Approx(34.6).margin(0.05));
    CHECK(taken->lon == Approx(43.7).margin(0.05));
    const Event* sinjar = findEvent(events, QStringLiteral("Sinjar"));
    REQUIRE(sinjar);
    CHECK_FALSE(sinjar->hasCoordinate());
    CHECK_FALSE(sinjar->locationId.has_value());
    const Event* pinned = findEvent(events, QStringLiteral("Pinned"));
    REQUIRE(pinned); // its own Point wins over the address
    CHECK(pinned->lat == Approx(36.32));
    CHECK_FALSE(pinned->locationId.has_value());
}

TEST_CASE("KML: a placemark naming a place the gazetteer lacks is imported as GeoJSON's is",
          "[import][kml][gazetteer]")
{
    QTemporaryDir dir;
    auto kmlStore = newProject(dir);
    const ImportReport kml = importFile(
        *kmlStore, writeSource(dir, "lost.kml",
                               placemarks("<Placemark><name>Tigrisopolis</name>\n"
                                          "<TimeStamp><when>2014-06-11</when></TimeStamp>\n"
                                          "</Placemark>")));
    QTemporaryDir other;
    auto jsonStore = newProject(other);
    const ImportReport json = importFile(
        *jsonStore, writeSource(other, "lost.geojson",
                                R"({"type": "FeatureCollection", "features": [{"type": "Feature",
                        "geometry": null, "properties": {"title": "Tigrisopolis",
                        "date": "2014-06-11", "place": "Tigrisopolis"}}]})"));
    CHECK(kml.imported == 1);
    CHECK(json.imported == 1);
    CHECK(kml.rejected.isEmpty());
    CHECK(kml.geocoded.isEmpty());
    CHECK(kml.ambiguous.isEmpty());
    CHECK(kml.warnings == json.warnings);
    CHECK(kml.warnings.size() == 1);

    const auto fromKml = kmlStore->query({});
    const auto fromJson = jsonStore->query({});
    REQUIRE(fromKml.size() == 1);
    REQUIRE(fromJson.size() == 1);
    CHECK(fromKml[0].locationName == fromJson[0].locationName);
    CHECK(fromKml[0].start == fromJson[0].start);
    CHECK_FALSE(fromKml[0].hasCoordinate());
    CHECK_FALSE(fromKml[0].locationId.has_value());
    CHECK(kmlStore->locations().size() == jsonStore->locations().size());
}
