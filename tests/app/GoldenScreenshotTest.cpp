// Issue 17's evidence, against reviewed images (tests/fixtures/golden; TIGRIS_UPDATE_GOLDEN=1
// rewrites them: look at them before committing): the bundled sample's first view at 1366×768
// and at 2× (QT_SCALE_FACTOR applies at start-up, so the real binary runs in a process of its
// own), and the pick list of a stack of events.
#include "EventPickList.h"
#include "MainWindow.h"
#include "MapStacks.h"
#include "MapWidget.h"
#include "RunTigris.h"
#include "ShowProject.h"
#include "TestCatch.h"
#include "core/ImageCompare.h"
#include "io/SampleProject.h"
#include "model/TimeController.h"

#include <QDateTime>
#include <QImage>
#include <QListWidget>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace {
const QString kGolden = QStringLiteral(TIGRIS_FIXTURES "/golden/");

// A pixel differs when a channel is off by more than 48 (antialiasing, hinting); at most 2 %
// of them may, far less than a moved dock, a clipped bar or another time window causes.
void checkAgainst(const QImage& image, const QString& golden)
{
    const ImageDifference d = compareWithGolden(image, kGolden + golden, 48);
    INFO(golden.toStdString() << ": " << d.fraction * 100 << " % of pixels differ");
    REQUIRE(d.sizesMatch);
    CHECK(d.fraction <= 0.02);
}

qint64 utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}
} // namespace

TEST_CASE("Golden: the sample's first view at 1366x768, and at 2x", "[gui][golden]")
{
    for (const int scale : {1, 2}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
        writeSampleProject(path); // never opened: it opens on its story
        const QString out = dir.filePath(QStringLiteral("first.png"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_SCALE_FACTOR"), QString::number(scale));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // English, as reviewed
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TIGRIS_BINARY),
                {QStringLiteral("screenshot"), path, out, QStringLiteral("--size"),
                 QStringLiteral("1366x768")});
        REQUIRE(p.waitForFinished(120000));
        INFO(p.readAllStandardError().toStdString());
        REQUIRE(p.exitCode() == 0);
        const QImage image(out);
        CHECK(image.size() == QSize(1366, 768) * scale);
        checkAgainst(image, scale == 1 ? QStringLiteral("first-view-1366x768.png")
                                       : QStringLiteral("first-view-1366x768@2x.png"));
    }
}

TEST_CASE("Golden: the pick list of a stack of events", "[gui][golden][pick]")
{
    QTemporaryDir dir;
    MainWindow w;
    showWholeSample(w, dir); // then find where several events are stacked (Mosul: 8)
    MapWidget* map = w.map();
    // The first stack of a few events on the map, in row order: the same one every run.
    std::size_t total = 0;
    const int row = firstSmallStack(w, &total);
    REQUIRE(row >= 0);
    const QPoint at = screenPointOf(w, row);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, at);
    auto* pick = map->findChild<EventPickList*>(QStringLiteral("eventPickList"));
    REQUIRE(pick);
    QTest::qWait(20);
    checkAgainst(pick->grab().toImage(), QStringLiteral("pick-list.png"));
}
