// `tigris push`, `info` and `pull` through the binary, against the throwaway server: a project
// file goes up and comes back with every event, annotation, source and setting, field for
// field, and neither command overwrites what exists.
#include "EventCompare.h"
#include "PgTestCluster.h"
#include "RunTigris.h"
#include "TestCatch.h"
#include "annotations/AnnotationStore.h"
#include "io/Importer.h"
#include "store/EventStore.h"
#include "store/ImportSources.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(TIGRIS_FIXTURES "/import/") + QString::fromLatin1(name);
}

// A file project with two sources, an annotation on an event and a saved view.
void writeProject(const QString& file)
{
    auto store = EventStore::create(file);
    ImportOptions options;
    options.keepValid = true;
    REQUIRE(importFile(*store, fixture("acled_iraq_2014.csv"), options).imported > 0);
    REQUIRE(importFile(*store, fixture("iraq_2014.kml"), options).imported > 0);
    Annotation pin;
    pin.title = QStringLiteral("checkpoint");
    pin.note = QStringLiteral("seen <twice> & \"quoted\"");
    pin.vertices = {QPointF(43.1, 36.3)};
    pin.eventId = store->queryIds({}).front();
    AnnotationStore(*store).insert(pin);
    Annotation line;
    line.kind = Annotation::Kind::Polyline;
    line.title = QStringLiteral("front");
    line.vertices = {QPointF(43.0, 36.0), QPointF(44.0, 35.0)};
    AnnotationStore(*store).insert(line);
    store->setSetting(QStringLiteral("view"), QStringLiteral("{\"zoom\":7}"));
}

} // namespace

TEST_CASE("tigris push, info and pull: a project file to the server and back, field for field",
          "[cli][pg][transfer]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("original.tigris"));
    const QString back = dir.filePath(QStringLiteral("back.tigris"));
    writeProject(file);
    const QString url = PgTestCluster::shared().projectUrl(
        QStringLiteral("cli-push-") + QUuid::createUuid().toString(QUuid::Id128).left(12));

    const TigrisRun push = runTigris({QStringLiteral("push"), file, url});
    INFO(push.err.toStdString());
    REQUIRE(push.code == 0);
    const TigrisRun info = runTigris({QStringLiteral("info"), url});
    INFO(info.err.toStdString());
    REQUIRE(info.code == 0);
    auto original = EventStore::open(file, true);
    const std::vector<Event> ea = original->events(original->queryIds({}));
    REQUIRE(ea.size() > 6);
    CHECK(info.out.contains("\"events\": " + QByteArray::number(qsizetype(ea.size()))));
    const TigrisRun pull = runTigris({QStringLiteral("pull"), url, back});
    INFO(pull.err.toStdString());
    REQUIRE(pull.code == 0);

    // Neither overwrites: the server project and the file exist now.
    const TigrisRun again = runTigris({QStringLiteral("push"), file, url});
    CHECK(again.code != 0);
    CHECK_FALSE(again.err.isEmpty());
    const QByteArray pulled = [&] {
        QFile f(back);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const TigrisRun over = runTigris({QStringLiteral("pull"), url, back});
    CHECK(over.code != 0);
    CHECK_FALSE(over.err.isEmpty());
    QFile after(back);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == pulled);
    after.close();

    auto server = EventStore::open(url, true);
    auto copy = EventStore::open(back, true);
    const std::vector<Event> es = server->events(server->queryIds({}));
    const std::vector<Event> eb = copy->events(copy->queryIds({}));
    REQUIRE(es.size() == ea.size());
    REQUIRE(eb.size() == ea.size());
    for (std::size_t i = 0; i < ea.size(); ++i) {
        checkSameEvent(es[i], ea[i]);
        checkSameEvent(eb[i], ea[i]);
    }

    const auto aa = AnnotationStore(*original).all(), ab = AnnotationStore(*copy).all();
    REQUIRE(aa.size() >= 2); // ours, and the KML's own
    REQUIRE(ab.size() == aa.size());
    for (std::size_t i = 0; i < aa.size(); ++i) {
        CHECK(ab[i].kind == aa[i].kind);
        CHECK(ab[i].title == aa[i].title);
        CHECK(ab[i].note == aa[i].note);
        CHECK(ab[i].vertices == aa[i].vertices);
        CHECK(ab[i].eventId.has_value() == aa[i].eventId.has_value());
        if (aa[i].eventId && ab[i].eventId)
            CHECK(copy->event(*ab[i].eventId)->title == original->event(*aa[i].eventId)->title);
    }

    const auto sa = ImportSources(*original).list(), sb = ImportSources(*copy).list();
    REQUIRE(sa.size() == 2);
    REQUIRE(sb.size() == sa.size());
    for (std::size_t i = 0; i < sa.size(); ++i) {
        CHECK(sb[i].fileName == sa[i].fileName);
        CHECK(sb[i].format == sa[i].format);
        CHECK(sb[i].sha256 == sa[i].sha256);
        CHECK(sb[i].size == sa[i].size);
        CHECK(sb[i].importedAt == sa[i].importedAt);
        CHECK(sb[i].events == sa[i].events);
        CHECK(sb[i].currentEvents == sa[i].currentEvents);
    }
    CHECK(copy->setting(QStringLiteral("view")) == QStringLiteral("{\"zoom\":7}"));
}
