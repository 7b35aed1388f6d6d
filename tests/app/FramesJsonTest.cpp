// export-frames writes DIR/frames.json; its windows are the ones playback shows, step for step,
// for every unit, across month ends and leap days (issue 15: one calendar).
#include "RunTigris.h"
#include "TestCatch.h"
#include "model/Playback.h"
#include "time/Calendar.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {
qint64 utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

qint64 fromIso(const QJsonValue& v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    REQUIRE(t.isValid());
    return t.toSecsSinceEpoch();
}

// What playback shows from a window of one unit at `from`: the window, then after each step.
std::vector<TimeWindow> played(qint64 from, qint64 to, TimeUnit unit)
{
    Playback p;
    p.setUnit(unit);
    p.setWindow({from, Calendar::add(from, unit, 1)});
    std::vector<TimeWindow> out;
    while (p.window().from < to) {
        out.push_back(p.window());
        p.step(1);
    }
    return out;
}
} // namespace

TEST_CASE("export-frames' frames.json equals playback's windows", "[cli][export][calendar]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    REQUIRE(runTigris({QStringLiteral("sample"), project}).code == 0);

    struct Case {
        const char* step;
        TimeUnit unit;
        const char *from, *to; // --to is a whole day: the range ends at the next midnight
        qint64 start, end;
        std::size_t frames;
    };
    const Case cases[] = {
        {"1d", TimeUnit::Day, "2016-02-27", "2016-03-01", utc(2016, 2, 27), utc(2016, 3, 2), 4},
        {"1w", TimeUnit::Week, "2016-02-15", "2016-03-13", utc(2016, 2, 15), utc(2016, 3, 14), 4},
        {"1m", TimeUnit::Month, "2016-01-31", "2016-05-30", utc(2016, 1, 31), utc(2016, 5, 31), 4},
        {"1m", TimeUnit::Month, "2014-12-31", "2015-03-30", utc(2014, 12, 31), utc(2015, 3, 31), 3},
        {"1y", TimeUnit::Year, "2016-02-29", "2020-02-28", utc(2016, 2, 29), utc(2020, 2, 29), 4},
    };
    int n = 0;
    for (const Case& c : cases) {
        const QString frames = dir.filePath(QStringLiteral("frames-%1").arg(n++));
        const TigrisRun r = runTigris({QStringLiteral("export-frames"), project, frames,
                                       QStringLiteral("--from"), QString::fromLatin1(c.from),
                                       QStringLiteral("--to"), QString::fromLatin1(c.to),
                                       QStringLiteral("--step"), QString::fromLatin1(c.step),
                                       QStringLiteral("--size"), QStringLiteral("320x200")});
        INFO(c.step << " from " << c.from << ": " << r.err.toStdString());
        REQUIRE(r.code == 0);
        QFile f(QDir(frames).filePath(QStringLiteral("frames.json")));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QJsonObject index = QJsonDocument::fromJson(f.readAll()).object();
        CHECK(index.value(QStringLiteral("mode")).toString() == QStringLiteral("window"));
        const QJsonArray list = index.value(QStringLiteral("frames")).toArray();

        const std::vector<TimeWindow> expected = played(c.start, c.end, c.unit);
        REQUIRE(expected.size() == c.frames);
        REQUIRE(std::size_t(list.size()) == expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const QJsonObject frame = list.at(qsizetype(i)).toObject();
            INFO("frame " << i);
            CHECK(fromIso(frame.value(QStringLiteral("from"))) == expected[i].from);
            CHECK(fromIso(frame.value(QStringLiteral("to"))) == expected[i].to);
            const QString file = frame.value(QStringLiteral("file")).toString();
            CHECK(file == QStringLiteral("frame-%1.png").arg(i, 5, 10, QLatin1Char('0')));
            CHECK(QFile::exists(QDir(frames).filePath(file)));
        }
        CHECK(expected.back().to == c.end); // frames tile the range, none cut short
    }

    // The dates themselves, not only the agreement: month steps count from the anchor.
    const auto months = played(utc(2016, 1, 31), utc(2016, 5, 31), TimeUnit::Month);
    REQUIRE(months.size() == 4);
    CHECK(months[0].to == utc(2016, 2, 29));
    CHECK(months[1].from == utc(2016, 2, 29));
    CHECK(months[2].from == utc(2016, 3, 31)); // not 29 March
    CHECK(months[3] == TimeWindow{utc(2016, 4, 30), utc(2016, 5, 31)});
    const auto years = played(utc(2016, 2, 29), utc(2020, 2, 29), TimeUnit::Year);
    REQUIRE(years.size() == 4);
    CHECK(years[1].from == utc(2017, 2, 28));
    CHECK(years[3].to == utc(2020, 2, 29)); // the leap day again, counted from the anchor
}
