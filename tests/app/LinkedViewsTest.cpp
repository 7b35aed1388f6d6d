// Map, timeline, list and filters agree: one window, one set of filters, one selection.
#include "EventDetailsPanel.h"
#include "FilterPanel.h"
#include "MainWindow.h"
#include "MapWidget.h"
#include "TestCatch.h"
#include "TimelinePanel.h"
#include "io/SampleProject.h"
#include "time/FuzzyDate.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
std::size_t shown(const std::vector<std::uint8_t>& mask)
{
    return std::size_t(
        std::count_if(mask.begin(), mask.end(), [](std::uint8_t v) { return v != 0; }));
}
} // namespace

TEST_CASE("The time window and filters drive map, timeline and list together", "[gui][linked]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    REQUIRE(w.openProject(path));
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const EventColumns& c = w.columns();

    // Window: 10 June 2014 only. Day events of that day and month/year events spanning it.
    const TimeWindow tenth{FuzzyDate::parse(QStringLiteral("2014-06-10"))->begin(),
                           FuzzyDate::parse(QStringLiteral("2014-06-10"))->end()};
    w.timeline()->setWindow(tenth);
    std::size_t expected = 0;
    for (std::size_t i = 0; i < c.size(); ++i)
        expected += tenth.overlaps(c.lo[i], c.hi[i]) ? 1 : 0;
    REQUIRE(expected > 3);
    CHECK(shown(w.timeline()->visibility()) == expected);
    CHECK(std::size_t(w.eventList()->model()->rowCount()) == expected);

    // Unticking a category hides its events everywhere.
    QCheckBox* battles = nullptr;
    for (QCheckBox* b : w.filters()->findChildren<QCheckBox*>())
        if (b->text().startsWith(QStringLiteral("Battles"))) battles = b;
    REQUIRE(battles);
    battles->setChecked(false);
    const std::size_t withoutBattles = shown(w.timeline()->visibility());
    CHECK(withoutBattles < expected);
    CHECK(std::size_t(w.eventList()->model()->rowCount()) == withoutBattles);
    battles->setChecked(true);

    // Free text (FTS5) narrows to the matching events; the whole span so the window doesn't.
    w.timeline()->setWindow(
        TimeWindow{c.lo.empty() ? 0 : *std::min_element(c.lo.begin(), c.lo.end()),
                   *std::max_element(c.hi.begin(), c.hi.end())});
    w.filters()->textField()->setText(QStringLiteral("Kirkuk"));
    QTRY_VERIFY_WITH_TIMEOUT(w.eventList()->model()->rowCount() < int(c.size()), 3000);
    const int rows = w.eventList()->model()->rowCount();
    CHECK(rows >= 1);
    CHECK(shown(w.timeline()->visibility()) == std::size_t(rows)); // the map shows the same set
    bool peshmerga = false;
    for (int r = 0; r < rows; ++r)
        peshmerga |= w.eventList()->model()->index(r, 1).data().toString().contains(
            QStringLiteral("Kirkuk"));
    CHECK(peshmerga);

    // Selecting in the timeline selects on the map and fills the details panel.
    w.filters()->textField()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(w.eventList()->model()->rowCount(), int(c.size()), 3000);
    const qint64 id = c.id[3];
    emit w.timeline()->selectionChanged({id});
    REQUIRE(w.map()->selection() == std::vector<int>{3});
    CHECK_FALSE(w.details()->toPlainText().isEmpty());
    CHECK(w.eventList()->selectionModel()->selectedRows().size() == 1);
}
