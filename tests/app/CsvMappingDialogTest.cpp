#include "CsvMappingDialog.h"

#include "TestCatch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Role = CsvMapping::Role;

QString writeCsv(const QTemporaryDir& dir, const QByteArray& bytes)
{
    const QString path = dir.filePath(QStringLiteral("survey.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

void setRole(CsvMappingDialog& d, int column, Role role)
{
    REQUIRE(d.roleCombo(column));
    d.roleCombo(column)->setCurrentIndex(int(role));
}

bool okEnabled(CsvMappingDialog& d)
{
    return d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
}

} // namespace

TEST_CASE("CsvMappingDialog: preview, roles from the header, live validation", "[gui][mapping]")
{
    QTemporaryDir dir;
    const QString path = writeCsv(dir, "Wann;Ort;Breite;Laenge;Notiz\n"
                                       "03/06/2014;Mosul;36,34;43,13;<b>plain</b>\n"
                                       "2014-06-11;Tikrit;34,6;43,68;\n"
                                       "13/06/2014;Kirkuk;95;44;\n");
    CsvMappingDialog d(path);
    QTableWidget* table = d.preview();
    // A role row and three data rows; five columns and the reasons.
    REQUIRE(table->rowCount() == 4);
    REQUIRE(table->columnCount() == 6);
    CHECK(table->horizontalHeaderItem(1)->text() == QStringLiteral("Ort"));
    CHECK(table->item(1, 4)->text() == QStringLiteral("<b>plain</b>")); // shown as text
    CHECK(table->item(1, 1)->text() == QStringLiteral("Mosul"));
    // No German header name is recognised, but the first column's values are dates: the
    // import's own guess. Without a position the rows would import on the timeline only.
    CHECK(d.roleCombo(0)->currentIndex() == int(Role::StartDate));
    for (int c = 1; c < 5; ++c)
        CHECK(d.roleCombo(c)->currentIndex() == int(Role::Ignore));
    CHECK(okEnabled(d));
    CHECK(d.guesses().contains(QStringLiteral("'Wann' holds the dates")));
    CHECK(table->item(2, 5)->text() ==
          QStringLiteral("11 June 2014 (day) · no position · “Event of 11 June 2014” (derived)"));

    setRole(d, 1, Role::Place);
    setRole(d, 2, Role::Latitude);
    setRole(d, 3, Role::Longitude);
    setRole(d, 4, Role::Description);
    CHECK(okEnabled(d));
    // Auto dates: 13/06/2014 makes the column day-first, so 03/06/2014 is 3 June; latitude 95
    // is out of range. The preview shows what would be stored.
    CHECK(d.rejectedRows() == 1);
    CHECK(table->item(1, 5)->text() ==
          QStringLiteral("3 June 2014 (day) · 36.3400, 43.1300 · “<b>plain</b>” (derived)"));
    CHECK(table->item(3, 5)->text() == QStringLiteral("rejected: latitude 95 out of range"));
    CHECK(d.guesses().contains(QStringLiteral("day first")));

    auto* dateFormat = d.findChild<QComboBox*>(QStringLiteral("dateFormat"));
    REQUIRE(dateFormat);
    dateFormat->setCurrentText(QStringLiteral("dd/MM/yyyy"));
    CHECK(d.rejectedRows() == 2); // row 2's ISO date now does not match
    CHECK(table->item(1, 5)->text().startsWith(QStringLiteral("3 June 2014")));
    CHECK(table->item(2, 5)->text() ==
          QStringLiteral("rejected: date '2014-06-11' does not match the format dd/MM/yyyy"));

    const CsvMapping m = d.mapping();
    CHECK(m.dateFormat == QStringLiteral("dd/MM/yyyy"));
    CHECK(m.hasHeader);
    REQUIRE(m.columns.size() == 5);
    CHECK(m.columns[1].name == QStringLiteral("Ort"));
    CHECK(m.columns[1].role == Role::Place);
}

TEST_CASE("CsvMappingDialog: headerless files, saved mappings by name", "[gui][mapping]")
{
    QTemporaryDir dir;
    const QString path = writeCsv(dir, "2014-06-10,Mosul falls,36.34,43.13\n"
                                       "2014-06-11,Tikrit falls,34.6,43.68\n");
    for (const QString& n : CsvMappingDialog::savedNames())
        CsvMappingDialog::remove(n);

    CsvMappingDialog d(path);
    d.findChild<QCheckBox*>(QStringLiteral("header"))->setChecked(false);
    REQUIRE(d.preview()->rowCount() == 3); // roles + both rows
    CHECK(d.preview()->horizontalHeaderItem(0)->text() == QStringLiteral("Column 1"));
    setRole(d, 0, Role::StartDate);
    setRole(d, 1, Role::Title);
    setRole(d, 2, Role::Latitude);
    setRole(d, 3, Role::Longitude);
    CHECK(okEnabled(d));
    CHECK(d.rejectedRows() == 0);
    CsvMappingDialog::save(QStringLiteral("Field notes/v1"), d.mapping());
    CHECK(CsvMappingDialog::savedNames() == QStringList{QStringLiteral("Field notes/v1")});

    CsvMappingDialog again(path);
    const auto saved = CsvMappingDialog::load(QStringLiteral("Field notes/v1"));
    REQUIRE(saved);
    again.setMapping(*saved);
    CHECK(again.roleCombo(1)->currentIndex() == int(Role::Title));
    CHECK(again.roleCombo(3)->currentIndex() == int(Role::Longitude));
    CHECK(again.mapping().toJson() == d.mapping().toJson());
    CHECK(again.rejectedRows() == 0);

    CsvMappingDialog::remove(QStringLiteral("Field notes/v1"));
    CHECK(CsvMappingDialog::savedNames().isEmpty());
    CHECK_FALSE(CsvMappingDialog::load(QStringLiteral("Field notes/v1")));
}

TEST_CASE("CsvMappingDialog: an ambiguous date column is asked about once; Return never imports",
          "[gui][mapping]")
{
    QTemporaryDir dir;
    const QString path = writeCsv(dir, "date,title,lat,lon\n"
                                       "1/7/2006,A,33.31,44.37\n"
                                       "2/3/2006,B,33.31,44.37\n");
    CsvMappingDialog d(path);
    CHECK(d.roleCombo(0)->currentIndex() == int(Role::StartDate));
    CHECK_FALSE(okEnabled(d));
    CHECK(d.problem().contains(QStringLiteral("choose the date order")));
    auto* order = d.findChild<QComboBox*>(QStringLiteral("dateOrder"));
    REQUIRE(order);
    order->setCurrentIndex(order->findData(QStringLiteral("mdy")));
    CHECK(okEnabled(d));
    CHECK(d.preview()->item(1, 4)->text().startsWith(QStringLiteral("7 January 2006 (day)")));
    CHECK(d.mapping().dateOrder == QStringLiteral("mdy"));

    // Return typed in the date format field (or anywhere) does not accept the dialog.
    auto* dateFormat = d.findChild<QComboBox*>(QStringLiteral("dateFormat"));
    d.show();
    QTest::keyClick(dateFormat, Qt::Key_Return);
    QTest::keyClick(&d, Qt::Key_Return);
    CHECK(d.isVisible());
    CHECK(d.result() != QDialog::Accepted);
}
