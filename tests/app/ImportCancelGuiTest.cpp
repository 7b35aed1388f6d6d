#include "ImportReportDialog.h"
#include "MainWindow.h"
#include "SavedReport.h"
#include "TestCatch.h"
#include "io/SampleProject.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

namespace {

QString bigCsv(const QTemporaryDir& dir, int rows)
{
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    QByteArray chunk = "date,title,lat,lon,notes\n";
    for (int i = 0; i < rows; ++i) {
        chunk += QStringLiteral("2014-%1-%2,Generated event %3,%4,%5,Row %3 of a large file\n")
                     .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                     .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                     .arg(i)
                     .arg(30 + (i % 1000) / 100.0)
                     .arg(40 + (i % 700) / 100.0)
                     .toUtf8();
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
    return path;
}

QByteArray infoJson(const QString& project)
{
    auto store = EventStore::open(project);
    return QJsonDocument(store->info().toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("Import from the window: Cancel rolls back and leaves the project as it was",
          "[gui][import]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(project);
    const QString source = bigCsv(dir, 400'000);
    const QByteArray before = infoJson(project);

    MainWindow w;
    QString message;
    w.setErrorReporter([&](const QString& m) { message = m; });
    REQUIRE(w.openProject(project));
    const std::size_t eventsBefore = w.columns().size();

    bool sawProgress = false;
    QTimer canceller;
    QObject::connect(&canceller, &QTimer::timeout, [&] {
        if (auto* p = qobject_cast<QProgressDialog*>(QApplication::activeModalWidget())) {
            sawProgress = true;
            CHECK(p->labelText().contains(QStringLiteral("big.csv")));
            // The user's click: the button emits canceled(), which the import listens to.
            auto* button = p->findChild<QPushButton*>();
            REQUIRE(button);
            CHECK(button->text() == QStringLiteral("Cancel"));
            button->click();
        }
    });
    canceller.start(50);
    const auto report = w.importSource(source);
    canceller.stop();

    CHECK(sawProgress);
    CHECK_FALSE(report.has_value());
    CHECK(message.isEmpty()); // a cancel is not an error
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    CHECK(w.columns().size() == eventsBefore);
    CHECK(infoJson(project) == before);
}

TEST_CASE("Import from the window: an unrecognised header asks for a mapping", "[gui][import]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(project);
    const QString source = dir.filePath(QStringLiteral("notes.csv"));
    {
        QFile f(source);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Wann,Ort,Was\n2014-06-03,Falluja,Clashes\n2014-06-04,Sinjar,Refugees\n"
                "someday,Mosul,Bad date\n");
    }
    MainWindow w;
    QString message;
    w.setErrorReporter([&](const QString& m) { message = m; });
    REQUIRE(w.openProject(project));
    const std::size_t before = w.columns().size();

    QStringList asked;
    w.setMappingPrompt([&](const QString& path) -> std::optional<CsvMapping> {
        asked << path;
        return std::nullopt; // the user cancels the dialog
    });
    CHECK_FALSE(w.importSource(source).has_value());
    CHECK(asked == QStringList{source});
    CHECK(message.isEmpty());
    CHECK(w.columns().size() == before);

    w.setMappingPrompt([&](const QString& path) -> std::optional<CsvMapping> {
        asked << path;
        CsvMapping m;
        m.columns = {{QStringLiteral("Wann"), -1, CsvMapping::Role::StartDate},
                     {QStringLiteral("Ort"), -1, CsvMapping::Role::Place},
                     {QStringLiteral("Was"), -1, CsvMapping::Role::Title}};
        return m;
    });
    w.setKeepValidPrompt([](const QString&) { return true; }); // keep the valid rows
    const auto report = w.importSource(source);
    REQUIRE(report.has_value());
    CHECK(asked.size() == 2);
    CHECK(report->imported == 2);
    CHECK(report->geocoded.size() == 1);  // Falluja, from the gazetteer
    CHECK(report->ambiguous.size() == 1); // Sinjar: Iraq or Syria
    // Both: Sinjar without a position, on the timeline and in the list but not on the map.
    CHECK(w.columns().size() == before + 2);
    CHECK(message.contains(QStringLiteral("line 4: 'someday' is not a date")));
    CHECK(message.contains(QStringLiteral("line 3: 'Sinjar' not placed, several places")));
}

TEST_CASE("ImportReportDialog saves the rejected rows as CSV or text", "[gui][import]")
{
    ImportReport r;
    r.imported = 3;
    r.rejected = {{4, QStringLiteral("latitude 95 out of range")},
                  {7, QStringLiteral("date '03/06/2014' is ambiguous, \"day/month\"")}};
    r.ambiguous = {{9,
                    QStringLiteral("Sinjar"),
                    {{QStringLiteral("Sinjār"), QStringLiteral("Nineveh"), QStringLiteral("Iraq"),
                      36.3209, 41.87656},
                     {QStringLiteral("Sinjār"), QStringLiteral("Idlib"), QStringLiteral("Syria"),
                      35.59011, 37.00472}}}};
    QTemporaryDir dir;
    CHECK(
        savedReport(r, QStringLiteral("3 imported."), dir.filePath(QStringLiteral("report.csv"))) ==
        QString::fromUtf8("line,problem,details\r\n"
                          "4,rejected,latitude 95 out of range\r\n"
                          "7,rejected,\"date '03/06/2014' is ambiguous, \"\"day/month\"\"\"\r\n"
                          "9,ambiguous place Sinjar,\"Sinjār (Nineveh, Iraq, 36.3209 41.8766); "
                          "Sinjār (Idlib, Syria, 35.5901 37.0047)\"\r\n"));
    const QString text =
        savedReport(r, QStringLiteral("3 imported."), dir.filePath(QStringLiteral("report.txt")));
    CHECK(text.startsWith(QStringLiteral("3 imported.\nline 4: latitude 95 out of range\n")));
    CHECK(text.contains(QStringLiteral("line 9: 'Sinjar' not placed, several places")));
    QString error;
    CHECK_FALSE(ImportReportDialog::save(r, QString(),
                                         dir.filePath(QStringLiteral("no/such/x.csv")), &error));
    CHECK(error.contains(QStringLiteral("cannot be written")));

    ImportReportDialog dialog(r, QStringLiteral("3 imported."));
    CHECK(dialog.findChildren<QWidget*>().size() > 0);
}
