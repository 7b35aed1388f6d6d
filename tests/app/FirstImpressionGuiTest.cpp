// Issue 17 through the window: shortcuts, the first view, every event reachable.
#include "EventDetailsPanel.h"
#include "EventListView.h"
#include "EventPickList.h"
#include "FilterPanel.h"
#include "HelpWindows.h"
#include "MainWindow.h"
#include "MapStacks.h"
#include "MapWidget.h"
#include "ShowProject.h"
#include "TestCatch.h"
#include "TimeWindowBar.h"
#include "TimelinePanel.h"
#include "geo/WebMercator.h"
#include "io/SampleProject.h"
#include "model/TimeController.h"
#include "model/ViewState.h"
#include "store/EventStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QFile>
#include <QHeaderView>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>

namespace {
// Every action the user can reach: the window's own and those of its menus, recursively.
void collect(const QList<QAction*>& actions, QList<QAction*>& out)
{
    for (QAction* a : actions) {
        if (out.contains(a)) continue;
        out.append(a);
        if (a->menu()) collect(a->menu()->actions(), out);
    }
}

qint64 utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}
} // namespace

TEST_CASE("Shortcuts: no key is bound twice; Redo on Ctrl+Shift+Z and Ctrl+Y", "[gui][shortcuts]")
{
    QTemporaryDir dir;
    MainWindow w;
    showSample(w, dir, QSize(1200, 800));
    QList<QAction*> actions;
    collect(w.findChildren<QAction*>(), actions);
    collect(w.menuBar()->actions(), actions);
    REQUIRE(actions.size() > 20);
    QMap<QString, QString> owner; // key → the action's text
    int keys = 0;
    for (QAction* a : actions) {
        QStringList own;
        for (const QKeySequence& k : a->shortcuts()) {
            if (k.isEmpty()) continue;
            const QString key = k.toString(QKeySequence::PortableText);
            INFO(key.toStdString()
                 << ": " << a->text().toStdString() << " and " << owner.value(key).toStdString());
            CHECK_FALSE(own.contains(key)); // one action holding a key twice is ambiguous too
            CHECK_FALSE(owner.contains(key));
            own << key;
            owner.insert(key, a->text());
            ++keys;
        }
    }
    CHECK(keys > 10);

    // Redo works on both keys.
    REQUIRE(QTest::qWaitForWindowActive(&w));
    auto* undo = w.undoStack();
    int done = 0;
    struct Count : QUndoCommand {
        int* n;
        explicit Count(int* n) : n(n) { setText(QStringLiteral("count")); }
        void redo() override { ++*n; }
        void undo() override { --*n; }
    };
    undo->push(new Count(&done));
    REQUIRE(done == 1);
    for (const QKeyCombination redoKey :
         {QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z),
          QKeyCombination(Qt::ControlModifier, Qt::Key_Y)}) {
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        CHECK(done == 0);
        QTest::keyClick(&w, redoKey.key(), redoKey.keyboardModifiers());
        CHECK(done == 1);
    }
}

TEST_CASE("First view: a project never opened opens on its busiest recent stretch", "[gui][story]")
{
    QTemporaryDir dir;
    MainWindow w;
    showSample(w, dir, QSize(1366, 768));
    const TimeWindow window = w.time()->window();
    CHECK(window.from >= utc(2014, 5, 20));
    CHECK(window.to <= utc(2014, 7, 15));
    // Framed on Iraq: Mosul and Baghdad both on the map.
    const QRectF visible = w.map()->viewport().visibleWorldRect();
    CHECK(visible.contains(WebMercator::project(36.34, 43.13)));
    CHECK(visible.contains(WebMercator::project(33.315, 44.366)));
    CHECK_FALSE(visible.contains(WebMercator::project(41.0, 29.0))); // not Istanbul
}

TEST_CASE("Pick list: a click on stacked events lists them all, keys move the selection",
          "[gui][pick]")
{
    QTemporaryDir dir;
    MainWindow w;
    showWholeSample(w, dir); // then find where several events are stacked (Mosul: 8)
    MapWidget* map = w.map();
    std::size_t total = 0;
    const int stackRow = firstSmallStack(w, &total);
    INFO("drawn " << map->rowsAt(QPoint(0, 0)).size() << " window " << w.time()->window().from
                  << "-" << w.time()->window().to);
    REQUIRE(stackRow >= 0);
    const QPoint at = screenPointOf(w, stackRow);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, at);
    auto* pick = map->findChild<EventPickList*>(QStringLiteral("eventPickList"));
    REQUIRE(pick);
    CHECK(pick->list()->count() == int(total));
    // The first is selected at once (Details and the list follow the view state); Down the next.
    REQUIRE(w.viewState()->selection().size() == 1);
    const int first = w.viewState()->selection()[0];
    QTest::keyClick(pick->list(), Qt::Key_Down);
    REQUIRE(w.viewState()->selection().size() == 1);
    CHECK(w.viewState()->selection()[0] != first);
    const int second = w.viewState()->selection()[0];
    QTest::keyClick(pick->list(), Qt::Key_Return);
    CHECK(w.viewState()->selection() == std::vector<int>{second});
}

TEST_CASE("Fit: the window fits 1024x640 whatever the categories; map, timeline and list show",
          "[gui][fit]")
{
    // 30 categories: the filter dock scrolls instead of growing the window.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.tigris"));
    {
        auto store = EventStore::create(path);
        auto w = store->beginWrite();
        for (int i = 0; i < 60; ++i) {
            Event e;
            e.title = QStringLiteral("e%1").arg(i);
            e.start = 1'400'000'000 + i * 86400;
            e.lat = 33 + i * 0.02;
            e.lon = 44;
            e.category = QStringLiteral("Kind %1").arg(i % 30);
            w->addEvent(e);
        }
        w->commit();
    }
    for (const QSize size : {QSize(1024, 700), QSize(1366, 768)}) {
        MainWindow w;
        showProject(w, path, size);
        const QSize minimum = w.minimumSizeHint().expandedTo(w.minimumSize());
        INFO("minimum " << minimum.width() << "x" << minimum.height());
        CHECK(minimum.width() <= 1024);
        CHECK(minimum.height() <= 640);
        CHECK(w.size() == size);
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(50);
        // Map, timeline and list are all on screen at once, none hidden behind a tab.
        for (QWidget* part : {static_cast<QWidget*>(w.map()), static_cast<QWidget*>(w.timeline()),
                              static_cast<QWidget*>(w.eventList())}) {
            INFO(part->metaObject()->className() << " " << part->width() << "x" << part->height());
            CHECK(part->isVisible());
            // On the window, at least 100 px each way, and no tabbed dock hides it.
            const QRect shown = QRect(part->mapTo(&w, QPoint(0, 0)), part->size()) & w.rect();
            CHECK(shown.width() >= 100);
            CHECK(shown.height() >= 100);
            for (QWidget* p = part; p && p != &w; p = p->parentWidget())
                CHECK_FALSE(p->isHidden());
        }
        if (size == QSize(1366, 768)) {
            const auto* list = w.eventList();
            const int rowHeight = list->verticalHeader()->defaultSectionSize();
            CHECK(list->viewport()->height() / rowHeight >= 12);
        }
    }
}

TEST_CASE("Help: the user guide and the shortcuts list open offline", "[gui][help]")
{
    const QList<QString> pages = HelpWindows::guidePages();
    REQUIRE(pages.size() >= 5);
    QFile readme(pages.front());
    REQUIRE(readme.open(QIODevice::ReadOnly));
    CHECK(readme.readAll().contains("Tigris"));
    MainWindow w;
    QList<QAction*> actions = w.menuBar()->actions();
    const QString text = HelpWindows::shortcutsText(actions);
    CHECK(text.contains(QKeySequence(Qt::CTRL | Qt::Key_Y).toString(QKeySequence::NativeText)));
    CHECK(text.contains(QStringLiteral("Redo")));
}

TEST_CASE("Keyboard: Tab goes from the map through timeline, filters, list and details and back",
          "[gui][keyboard]")
{
    QTemporaryDir dir;
    MainWindow w;
    showSample(w, dir, QSize(1366, 768));
    REQUIRE(QTest::qWaitForWindowActive(&w));
    w.map()->setFocus();
    REQUIRE(QApplication::focusWidget() == w.map());
    CHECK_FALSE(w.eventList()->tabKeyNavigation()); // Tab leaves the table

    const QList<QWidget*> parts{w.timeline(), w.filters(), w.eventList(), w.details()};
    QList<int> firstVisit(parts.size(), -1);
    bool back = false;
    QStringList walk;
    for (int k = 0; k < 300 && !back; ++k) {
        QWidget* before = QApplication::focusWidget();
        REQUIRE(before);
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        walk << QString::fromLatin1(now ? now->metaObject()->className() : "none");
        INFO(walk.join(QStringLiteral(" → ")).toStdString());
        REQUIRE(now != before); // no trap
        back = now == w.map();
        for (qsizetype p = 0; p < parts.size(); ++p)
            if (firstVisit[p] < 0 && (now == parts[p] || parts[p]->isAncestorOf(now)))
                firstVisit[p] = k;
    }
    INFO(walk.join(QStringLiteral(" → ")).toStdString());
    CHECK(back);
    for (qsizetype p = 0; p < parts.size(); ++p)
        CHECK(firstVisit[p] >= 0);
    // In the order of the docks: timeline, filters, list, details.
    CHECK(std::is_sorted(firstVisit.begin(), firstVisit.end()));
    // The category boxes are on the way (they are made per project, after the rest).
    const QList<QCheckBox*> boxes = w.filters()->findChildren<QCheckBox*>();
    REQUIRE(boxes.size() > 3);
    for (QCheckBox* box : boxes)
        if (box->isVisible() && box->text().contains(QLatin1Char('(')))
            CHECK(walk.contains(QStringLiteral("QCheckBox")));
}

TEST_CASE("First view at 1366x768: the timeline shows the window in context, its controls whole",
          "[gui][story]")
{
    QTemporaryDir dir;
    MainWindow w;
    showSample(w, dir, QSize(1366, 768));
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(50);
    const TimeWindow window = w.time()->window();
    const TimeAxis& axis = w.timeline()->timeline()->axis();
    const double length = double(window.to - window.from);
    INFO("axis " << axis.from() << "–" << axis.to() << ", window " << window.from << "–"
                 << window.to);
    // The window with about its length on either side, not the whole 2003–2014 range.
    CHECK(axis.from() <= double(window.from) - 0.9 * length);
    CHECK(axis.to() >= double(window.to) + 0.9 * length);
    CHECK(axis.to() - axis.from() <= 4 * length);
    // The bar of controls under the canvas is wholly inside the dock's visible area.
    TimeWindowBar* bar = w.timeline()->bar();
    auto* scroll = qobject_cast<QScrollArea*>(w.timeline()->parentWidget()->parentWidget());
    REQUIRE(scroll);
    const QRect onViewport(bar->mapTo(scroll->viewport(), QPoint(0, 0)), bar->size());
    INFO("bar " << onViewport.top() << "+" << onViewport.height() << " in "
                << scroll->viewport()->height());
    CHECK(onViewport.bottom() < scroll->viewport()->height());
    CHECK(bar->height() >= bar->minimumSizeHint().height());
    CHECK(w.timeline()->timeline()->height() >= 100);
}
