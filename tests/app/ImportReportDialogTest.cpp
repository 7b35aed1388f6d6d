#include "ImportReportDialog.h"

#include "SavedReport.h"
#include "TestCatch.h"

#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>

TEST_CASE("ImportReportDialog lists a placement chosen by population with the places passed "
          "over",
          "[gui][import]")
{
    ImportReport r;
    r.imported = 2;
    r.geocoded = {
        {5,
         QStringLiteral("Baghdad"),
         33.34,
         44.4,
         QStringLiteral("gazetteer"),
         QStringLiteral("name, country, population"),
         1,
         {{QStringLiteral("Baghdad"), QString(), QStringLiteral("Iraq"), 35.0, 42.0, 2'000}}},
        {6,
         QStringLiteral("Mosul"),
         36.335,
         43.1189,
         QStringLiteral("gazetteer"),
         QStringLiteral("name, country"),
         2,
         {}}};
    CHECK(ImportReportDialog::hasDetails(r));
    const QString text = ImportReportDialog::asText(r, QStringLiteral("2 imported."));
    CHECK(text.contains(QStringLiteral("line 5: 'Baghdad' placed on the largest place of that "
                                       "name at 33.3400 44.4000, over Baghdad (Iraq, 35.0000 "
                                       "42.0000, 2000 people)")));
    CHECK_FALSE(text.contains(QStringLiteral("Mosul"))); // a plain placement is no detail

    QTemporaryDir dir;
    CHECK(
        savedReport(r, QStringLiteral("2 imported."), dir.filePath(QStringLiteral("report.csv"))) ==
        QStringLiteral("line,problem,details\r\n"
                       "5,placed on the largest Baghdad,\"at 33.3400 44.4000, over Baghdad "
                       "(Iraq, 35.0000 42.0000, 2000 people)\"\r\n"));

    ImportReportDialog dialog(r, QStringLiteral("2 imported."));
    const auto* table = dialog.findChild<QTableWidget*>();
    REQUIRE(table);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("'Baghdad' placed on the largest place"));

    r.geocoded.removeFirst();
    CHECK_FALSE(ImportReportDialog::hasDetails(r)); // a status message is enough then
}
