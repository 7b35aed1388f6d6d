// The command line end to end: the real binary, run as a user would.
#include "RunTigris.h"
#include "TestCatch.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {
using Run = TigrisRun;

Run tigris(const QStringList& args)
{
    return runTigris(args);
}

QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST_CASE("tigris query lists the attributes an import kept: an object, a column, attr:NAME",
          "[cli]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("quakes.tigris"));
    const Run imported =
        tigris({QStringLiteral("import"), project,
                QStringLiteral(TIGRIS_FIXTURES "/real/usgs_all_day_2016-11-03.geojson"),
                QStringLiteral("--create")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);

    const Run all =
        tigris({QStringLiteral("query"), project, QStringLiteral("--limit"), QStringLiteral("1")});
    REQUIRE(all.code == 0);
    const QJsonObject first = object(all.out.trimmed());
    CHECK(first[QStringLiteral("title")].toString() ==
          QStringLiteral("M 4.5 - 254km SE of Latung, Philippines"));
    const QJsonObject attributes = first[QStringLiteral("attributes")].toObject();
    CHECK(attributes[QStringLiteral("mag")].toString() == QStringLiteral("4.5"));
    CHECK(attributes[QStringLiteral("updated")].toString() == QStringLiteral("1478192624040"));
    CHECK(attributes[QStringLiteral("magType")].toString() == QStringLiteral("mb"));

    const Run one =
        tigris({QStringLiteral("query"), project, QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--fields"), QStringLiteral("title,attr:mag,attr:magType"),
                QStringLiteral("--limit"), QStringLiteral("2")});
    REQUIRE(one.code == 0);
    CHECK(one.out == "title,attr:mag,attr:magType\r\n"
                     "\"M 4.5 - 254km SE of Latung, Philippines\",4.5,mb\r\n"
                     "\"M -0.4 - 4km W of Mammoth Lakes, California\",-0.38,md\r\n");
}

TEST_CASE("tigris sample and info describe the bundled dataset", "[cli]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    const Run s = tigris({QStringLiteral("sample"), project});
    INFO(s.err.toStdString());
    REQUIRE(s.code == 0);

    const Run i = tigris({QStringLiteral("info"), project});
    REQUIRE(i.code == 0);
    const QJsonObject info = object(i.out);
    CHECK(info[QStringLiteral("events")].toInt() >= 30);
    CHECK(info[QStringLiteral("locations")].toInt() >= 25);
    CHECK(info[QStringLiteral("schema_version")].toInt() >= 1);
    const QJsonObject box = info[QStringLiteral("bbox")].toObject();
    CHECK(box[QStringLiteral("west")].toDouble() < 43.13); // Mosul is inside
    CHECK(box[QStringLiteral("east")].toDouble() > 43.13);
    CHECK(info[QStringLiteral("time_range")].toObject()[QStringLiteral("from")].isString());
    CHECK(info[QStringLiteral("statistics")].toString() == QStringLiteral("stored"));
}

TEST_CASE("tigris query filters by the overlap rule and prints JSON lines or CSV", "[cli]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    REQUIRE(tigris({QStringLiteral("sample"), project}).code == 0);

    const Run q = tigris({QStringLiteral("query"), project, QStringLiteral("--from"),
                          QStringLiteral("2014-06-10"), QStringLiteral("--to"),
                          QStringLiteral("2014-06-10")});
    REQUIRE(q.code == 0);
    const auto lines = q.out.split('\n');
    bool mosul = false;
    int count = 0;
    for (const QByteArray& line : lines) {
        if (line.isEmpty()) continue;
        ++count;
        const QJsonObject e = object(line);
        REQUIRE(e.contains(QStringLiteral("precision")));
        REQUIRE(e.contains(QStringLiteral("sources")));
        // Every event returned must overlap 10 June: its start is not after it.
        CHECK(e[QStringLiteral("start")].toString() <= QStringLiteral("2014-06-10"));
        if (e[QStringLiteral("location")].toString() == QStringLiteral("Mosul") &&
            e[QStringLiteral("start")].toString() == QStringLiteral("2014-06-10"))
            mosul = true;
    }
    CHECK(count > 0);
    CHECK(mosul);

    const Run csv =
        tigris({QStringLiteral("query"), project, QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--text"), QStringLiteral("Kirkuk")});
    REQUIRE(csv.code == 0);
    CHECK(csv.out.startsWith("id,title,start,end,precision"));
    CHECK(csv.out.contains("Kirkuk"));

    // --fields chooses and orders; the description is one of them; a bad name is a usage error.
    const Run chosen = tigris({QStringLiteral("query"), project, QStringLiteral("--fields"),
                               QStringLiteral("title,description"), QStringLiteral("--limit"),
                               QStringLiteral("5")});
    REQUIRE(chosen.code == 0);
    const auto chosenLines = chosen.out.trimmed().split('\n');
    CHECK(chosenLines.size() == 5);
    for (const QByteArray& line : chosenLines) {
        CHECK(line.startsWith("{\"title\":"));
        CHECK(object(line).keys() ==
              QStringList{QStringLiteral("description"), QStringLiteral("title")});
    }
    const Run bad = tigris({QStringLiteral("query"), project, QStringLiteral("--fields"),
                            QStringLiteral("title,notes")});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains("'notes'"));
    CHECK(
        tigris({QStringLiteral("query"), project, QStringLiteral("--limit"), QStringLiteral("-1")})
            .code == 2);
}

TEST_CASE("tigris import reports rejected rows and exit codes", "[cli]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("new.tigris"));
    const QString csv = dir.filePath(QStringLiteral("events.csv"));
    write(csv, "title,date,latitude,longitude\n"
               "Mosul falls,2014-06-10,36.34,43.13\n"
               "Bad latitude,2014-06-11,95,43.13\n"
               "Kirkuk,2014-06-12,35.47,44.39\n");

    const Run noFile = tigris({QStringLiteral("import"), project, csv});
    CHECK(noFile.code == 1); // no --create, no project
    CHECK_FALSE(noFile.err.isEmpty());

    const Run r = tigris({QStringLiteral("import"), project, csv, QStringLiteral("--create"),
                          QStringLiteral("--keep-valid")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject report = object(r.out);
    CHECK(report[QStringLiteral("imported")].toInt() == 2);
    CHECK(report[QStringLiteral("format")].toString() == QStringLiteral("csv"));
    const QJsonArray rejected = report[QStringLiteral("rejected")].toArray();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].toObject()[QStringLiteral("line")].toInt() == 3);

    const QString garbage = dir.filePath(QStringLiteral("garbage.bin"));
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 7919 + 13) % 256));
    write(garbage, bytes);
    const Run g = tigris({QStringLiteral("import"), project, garbage});
    CHECK(g.code == 1);
    CHECK(g.err.contains("garbage.bin"));
    // Nothing was added by the failed import.
    CHECK(object(tigris({QStringLiteral("info"), project}).out)[QStringLiteral("events")].toInt() ==
          2);

    CHECK(tigris({QStringLiteral("import"), project}).code == 2);
    CHECK(tigris({QStringLiteral("import"), project, csv, QStringLiteral("--format"),
                  QStringLiteral("xls")})
              .code == 2);
}

TEST_CASE("tigris refuses files that are not projects, with a message", "[cli]")
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.tigris"));
    write(junk, "this is not a database at all");
    const Run r = tigris({QStringLiteral("info"), junk});
    CHECK(r.code == 1);
    CHECK(r.err.contains("junk.tigris"));
}

TEST_CASE("every command answers --help; usage errors exit 2", "[cli]")
{
    for (const char* c : {"sample", "info", "import", "query"}) {
        const Run r = tigris({QString::fromLatin1(c), QStringLiteral("--help")});
        INFO(c);
        CHECK(r.code == 0);
        CHECK(r.out.contains("Usage: tigris"));
    }
    CHECK(tigris({QStringLiteral("--help")}).code == 0);
    CHECK(tigris({QStringLiteral("query")}).code == 2);
    CHECK(tigris({QStringLiteral("query"), QStringLiteral("x.tigris"), QStringLiteral("--from"),
                  QStringLiteral("June")})
              .code == 2);
    CHECK(tigris({QStringLiteral("frobnicate")}).code == 2);
}
