// `tigris sources`, `remove-source` and `import --if-exists` end to end.
#include "RunTigris.h"
#include "TestCatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonArray sourcesOf(const QString& project)
{
    const TigrisRun run = runTigris({QStringLiteral("sources"), project});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    return object(run.out)[QStringLiteral("sources")].toArray();
}
} // namespace

TEST_CASE("tigris sources and remove-source", "[cli][sources]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tigris"));
    REQUIRE(runTigris({QStringLiteral("sample"), project}).code == 0);
    // What `info` reports, but whether its statistics were kept or recomputed.
    const auto info = [&] {
        QJsonObject o = object(runTigris({QStringLiteral("info"), project}).out);
        o.remove(QStringLiteral("statistics"));
        return o;
    };
    const QJsonObject infoBefore = info();
    const QString source = dir.filePath(QStringLiteral("events.geojson"));
    REQUIRE(QFile::copy(QStringLiteral(TIGRIS_FIXTURES "/import/events.geojson"), source));

    CHECK(sourcesOf(project).isEmpty());
    // events.geojson has rejected rows on purpose: --keep-valid imports the valid ones.
    const QString keep = QStringLiteral("--keep-valid");
    const TigrisRun imported = runTigris({QStringLiteral("import"), project, source, keep});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    const qint64 id = object(imported.out)[QStringLiteral("source")].toInteger();
    const int count = object(imported.out)[QStringLiteral("imported")].toInt();
    REQUIRE(id > 0);

    const QJsonArray list = sourcesOf(project);
    REQUIRE(list.size() == 1);
    const QJsonObject s = list[0].toObject();
    CHECK(s[QStringLiteral("id")].toInteger() == id);
    CHECK(s[QStringLiteral("file_name")].toString() == QStringLiteral("events.geojson"));
    CHECK(s[QStringLiteral("format")].toString() == QStringLiteral("geojson"));
    CHECK(s[QStringLiteral("events")].toInt() == count);
    // A feature without geometry is kept without a position (issue 13): 4 rows are rejected.
    CHECK(s[QStringLiteral("rejected")].toInt() == 4);
    CHECK(s[QStringLiteral("options")].toObject()[QStringLiteral("keep_valid")].toBool());
    CHECK(s[QStringLiteral("exists")].toBool());
    CHECK(s[QStringLiteral("sha256")].toString().size() == 64);
    CHECK(s[QStringLiteral("size")].toInteger() == QFileInfo(source).size());

    // The same file again: refused with a clear message, then skipped, then replaced.
    const TigrisRun again = runTigris({QStringLiteral("import"), project, source, keep});
    CHECK(again.code == 1);
    CHECK(again.err.contains("already imported"));
    CHECK(again.err.contains("--if-exists"));
    const TigrisRun skip = runTigris(
        {QStringLiteral("import"), project, source, keep, QStringLiteral("--if-exists=skip")});
    CHECK(skip.code == 0);
    CHECK(object(skip.out)[QStringLiteral("imported")].toInt() == 0);
    const TigrisRun replace = runTigris({QStringLiteral("import"), project, source, keep,
                                         QStringLiteral("--if-exists"), QStringLiteral("replace")});
    CHECK(replace.code == 0);
    CHECK(object(replace.out)[QStringLiteral("replaced_source")].toInteger() == id);
    const qint64 newId = object(replace.out)[QStringLiteral("source")].toInteger();
    CHECK(sourcesOf(project).size() == 1);
    CHECK(runTigris({QStringLiteral("import"), project, source, keep, QStringLiteral("--if-exists"),
                     QStringLiteral("sometimes")})
              .code == 2);

    // The recorded file has gone: still listed (exists: false) and removable.
    REQUIRE(QFile::remove(source));
    CHECK_FALSE(sourcesOf(project)[0].toObject()[QStringLiteral("exists")].toBool());
    const TigrisRun removed =
        runTigris({QStringLiteral("remove-source"), project, QString::number(newId)});
    INFO(removed.err.toStdString());
    REQUIRE(removed.code == 0);
    CHECK(object(removed.out)[QStringLiteral("events")].toInt() == count);
    CHECK(info() == infoBefore);
    CHECK(sourcesOf(project).isEmpty());

    const TigrisRun unknown =
        runTigris({QStringLiteral("remove-source"), project, QString::number(newId)});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains("no source"));
    CHECK(runTigris({QStringLiteral("remove-source"), project, QStringLiteral("x")}).code == 2);
    CHECK(runTigris({QStringLiteral("remove-source"), QStringLiteral("--help")}).code == 0);
    CHECK(
        runTigris({QStringLiteral("sources"), dir.filePath(QStringLiteral("none.tigris"))}).code ==
        1);
}
