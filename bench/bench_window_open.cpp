// Opening a project in the main window (issue 4): the time until openProject returns and the
// window is usable, and until the actors (loaded off the UI thread) have filled in the filter;
// while they load, the event loop runs a 10 ms timer and the longest gap between its ticks is
// the longest the window was unresponsive. Resident memory before and after, in MB. Then the
// actors read alone, as openProject used to on the UI thread before showing the window.
// Run: build/bench/bench_window_open PROJECT.tigris [runs]
#include "BenchArgs.h"
#include "FilterPanel.h"
#include "MainWindow.h"
#include "model/EventActors.h"
#include "store/EventActorsReader.h"
#include "store/EventStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace {
double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024;
    return 0;
}
} // namespace

int main(int argc, char** argv)
{
    const BenchArgs args(argc, argv,
                         "Usage: bench_window_open PROJECT.tigris [RUNS]\n"
                         "  Opens PROJECT in the main window RUNS times (default 3, 1 to 100): "
                         "time until usable\n  and until the actors are loaded, the longest "
                         "UI stall, resident memory.\n",
                         2);
    const QString path = args.project(0);
    const int runs = int(args.integer(1, "RUNS", 3, 1, 100));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    for (int run = 0; run < runs; ++run) {
        const double rss0 = rssMb();
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QApplication::processEvents();
        const double rssWindow = rssMb();
        QElapsedTimer t;
        t.start();
        if (!w.openProject(path)) return 1;
        const double usable = double(t.nsecsElapsed()) / 1e6;
        const double rssOpen = rssMb();

        QTimer tick;
        tick.setInterval(10);
        qint64 last = t.nsecsElapsed(), longest = 0;
        QObject::connect(&tick, &QTimer::timeout, [&] {
            longest = std::max(longest, t.nsecsElapsed() - last);
            last = t.nsecsElapsed();
        });
        tick.start();
        while (!w.filters()->actorList()->isEnabled() && t.elapsed() < 600'000)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        tick.stop();
        const double whole = double(t.nsecsElapsed()) / 1e6;
        QApplication::processEvents();
        std::printf("run %d: usable after %.0f ms, actors after %.0f ms, longest UI stall while "
                    "they load %.0f ms; RSS MB: process %.0f, + window %.0f, + project %.0f, "
                    "+ actors %.0f (total %.0f)\n",
                    run + 1, usable, whole, double(longest) / 1e6, rss0, rssWindow - rss0,
                    rssOpen - rssWindow, rssMb() - rssOpen, rssMb());
        QElapsedTimer alone;
        alone.start();
        const auto store = EventStore::open(path, true);
        EventColumns ids;
        ids.id = w.columns().id;
        const EventActors actors = EventActorsReader::read(*store, ids);
        std::printf("       the actors alone (%zu names): %.0f ms\n", actors.names.size(),
                    double(alone.nsecsElapsed()) / 1e6);
    }
    return 0;
}
