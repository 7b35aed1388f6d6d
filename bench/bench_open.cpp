// What `tigris export-image` spends before it draws (issue 6: a 4K PNG of 1M events in ≤ 1 s
// end to end): opening the project, loadColumns, the categories and annotations, the map
// index, the data extent, then one 3840x2160 PNG (draw and encode). Each stage is timed in
// wall and CPU milliseconds; run it several times and report the medians with the load. A
// project file's columns are kept in the user's cache folder after the first scan
// (ProjectColumns): run 1 of a project not opened before scans, the others read that copy.
// Run: build/bench/bench_open PROJECT.tigris [runs]
#include "BenchArgs.h"
#include "ProcessCpu.h"
#include "annotations/AnnotationStore.h"
#include "compose/MapExport.h"
#include "compose/SnapshotRenderer.h"
#include "render/DataExtent.h"
#include "render/EventClusterIndex.h"
#include "render/TimeHistogram.h"
#include "store/EventStore.h"
#include "store/SqliteEventStore.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>

namespace {
class Stage {
  public:
    explicit Stage(const char* name) : name_(name), cpu_(cpuMs()) { wall_.start(); }
    ~Stage()
    {
        std::printf("  %-34s %8.1f ms wall %8.1f ms CPU\n", name_,
                    double(wall_.nsecsElapsed()) / 1e6, cpuMs() - cpu_);
    }
    Stage(const Stage&) = delete;
    Stage& operator=(const Stage&) = delete;

  private:
    const char* name_;
    double cpu_;
    QElapsedTimer wall_;
};
} // namespace

int main(int argc, char** argv)
{
    const BenchArgs args(argc, argv,
                         "Usage: bench_open PROJECT.tigris [RUNS]\n"
                         "  What export-image spends before and while it draws a 3840x2160 PNG "
                         "of PROJECT,\n  stage by stage, wall and CPU ms; RUNS times (default "
                         "3, 1 to 100).\n",
                         2);
    const QString path = args.project(0);
    const int runs = int(args.integer(1, "RUNS", 3, 1, 100));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    for (int run = 0; run < runs; ++run) {
        std::printf("run %d\n", run + 1);
        QElapsedTimer total;
        total.start();
        const double cpu0 = cpuMs();
        std::unique_ptr<EventStore> store;
        {
            Stage s("EventStore::open (read-only)");
            store = EventStore::open(path, true);
        }
        EventColumns columns;
        {
            Stage s("loadColumns");
            columns = store->loadColumns();
        }
        // The first run of a project file scans and keeps the columns; later ones read them.
        if (const SqliteEventStore* file = store->sqlite())
            std::printf("  (columns %s)\n", file->columnsFromCache()
                                                ? "read from the user's cache folder"
                                                : "scanned from the project");
        std::vector<Category> categories;
        std::vector<Annotation> annotations;
        {
            Stage s("categories + annotations");
            categories = store->categories();
            annotations = AnnotationStore(*store).all();
        }
        {
            Stage s("EventClusterIndex::build (alone)");
            EventClusterIndex index;
            index.build(columns);
        }
        {
            Stage s("dataExtent (alone)");
            (void)dataExtent(columns);
        }
        {
            Stage s("TimeHistogram::build (alone)");
            TimeHistogram histogram;
            histogram.build(columns, int(categories.size()));
        }
        std::optional<SnapshotRenderer> renderer;
        {
            Stage s("SnapshotRenderer (index, extent)");
            renderer.emplace(std::move(columns), std::move(categories), std::move(annotations));
        }
        {
            Stage all("4K PNG: draw + encode + write");
            MapExportOptions o;
            o.size = QSize(3840, 2160);
            QImage image;
            {
                Stage s("  draw");
                image = renderer->render(o);
            }
            {
                Stage s("  encode + write");
                MapExport::writeImage(image, dir.filePath(QStringLiteral("4k.png")));
            }
        }
        std::printf("  %-34s %8.1f ms wall %8.1f ms CPU (the two 'alone' included)\n", "total",
                    double(total.nsecsElapsed()) / 1e6, cpuMs() - cpu0);
    }
    return 0;
}
