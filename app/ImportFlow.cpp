#include "ImportFlow.h"

#include "CsvMappingDialog.h"
#include "ImportReportDialog.h"
#include "OpenProject.h"
#include "RecentSources.h"
#include "UserFeedback.h"
#include "io/ImportError.h"
#include "io/Importer.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent>
#include <atomic>

ImportFlow::ImportFlow(OpenProject& project, UserFeedback* feedback, QObject* parent)
    : QObject(parent), project_(project), feedback_(feedback)
{
}

QString ImportFlow::fileFilter()
{
    return tr("Events (*.csv *.tsv *.txt *.geojson *.geojsonl *.geojsons *.ndjson *.json *.kml "
              "*.kmz *.shp *.zip *.gpkg *.fgb *.gpx *.xlsx *.ods *.gml *.tab *.mif);;All files "
              "(*)");
}

void ImportFlow::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(feedback_->window(), tr("Import events"),
                                                      QString(), fileFilter());
    if (!path.isEmpty()) route(path);
}

void ImportFlow::route(const QString& path)
{
    if (router_)
        router_(path);
    else
        importSource(path);
}

void ImportFlow::chooseAndImportWithMapping()
{
    const QString path = QFileDialog::getOpenFileName(
        feedback_->window(), tr("Import with a column mapping"), QString(),
        tr("CSV and GIS files (*.csv *.tsv *.txt *.shp *.zip *.gpkg *.fgb *.gpx *.xlsx *.ods "
           "*.gml *.tab *.mif);;All files (*)"));
    if (path.isEmpty()) return;
    if (auto mapping = askMapping(path)) importSource(path, mapping);
}

std::optional<ImportReport> ImportFlow::importSource(const QString& path,
                                                     std::optional<CsvMapping> mapping,
                                                     bool keepValid, IfExists ifExists)
{
    if (!project_.store) {
        feedback_->error(tr("Open a project before importing into it."));
        return std::nullopt;
    }
    const QString projectPath = project_.store->path();
    const QString name = QFileInfo(path).fileName();
    // The import runs on a worker thread so the window keeps painting; it is one transaction,
    // so a failure or Cancel leaves the project exactly as it was.
    QProgressDialog progress(tr("Importing %1…").arg(name), tr("Cancel"), 0, 100,
                             feedback_->window());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    std::atomic<bool> cancelled = false;
    std::atomic<int> percent = 0;
    ImportOptions options;
    options.mapping = mapping;
    options.keepValid = keepValid;
    options.ifExists = ifExists;
    options.progress = [&](qint64 read, qint64 total) {
        if (total > 0) percent = int(std::min<qint64>(99, read * 100 / total));
        return !cancelled;
    };
    connect(&progress, &QProgressDialog::canceled, this, [&] { cancelled = true; });
    QTimer poll;
    connect(&poll, &QTimer::timeout, &progress, [&] { progress.setValue(percent); });
    poll.start(100);
    QFutureWatcher<void> watcher;
    std::optional<ImportReport> report;
    QString error;
    bool headerUnknown = false;
    std::optional<ImportRecord> earlier; // the same file, imported before
    EventStore* store = project_.store.get();
    connect(&watcher, &QFutureWatcher<void>::finished, &progress, &QProgressDialog::reset);
    watcher.setFuture(QtConcurrent::run([&, store] {
        try {
            report = importFile(*store, path, options);
        } catch (const DuplicateSourceError& e) {
            earlier = e.earlier();
        } catch (const ImportError& e) {
            error = e.message();
            // Columns not recognised by name, or a GIS file whose layer or fields the user
            // must choose (OgrImporter says "in the import dialog"): the mapping dialog asks.
            // A CSV whose date order or position pair only the user knows (issue 13) too.
            headerUnknown = !mapping && (e.message().contains(QLatin1String("in the header")) ||
                                         e.message().contains(QLatin1String("import dialog")) ||
                                         e.message().contains(QLatin1String("no date column")) ||
                                         e.message().contains(QLatin1String("--date-order")) ||
                                         e.message().contains(QLatin1String("--position-columns")));
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
    }));
    if (!watcher.isFinished()) progress.exec();
    watcher.waitForFinished();
    poll.stop();
    if (!report && cancelled) {
        feedback_->status(tr("Import of %1 cancelled: the project is as it was.").arg(name));
        return std::nullopt;
    }
    if (!report && earlier) {
        if (const auto choice = askIfExists(path, *earlier))
            return importSource(path, mapping, keepValid, *choice);
        feedback_->status(tr("Import of %1 cancelled: the project is as it was.").arg(name));
        return std::nullopt;
    }
    if (!report && headerUnknown) {
        // A CSV whose columns are not recognised by name: the user says what they are.
        if (auto chosen = askMapping(path)) return importSource(path, chosen, false, ifExists);
        feedback_->status(tr("Import cancelled: %1").arg(error));
        return std::nullopt;
    }
    if (!report) {
        feedback_->error(error);
        return std::nullopt;
    }
    if (!keepValid && !report->rejected.isEmpty() && report->valid > 0) {
        // Nothing was written: the user chooses between the valid rows and nothing.
        const QString question = tr("%n rows of %1 were rejected, so nothing was imported.",
                                    nullptr, int(report->rejected.size()))
                                     .arg(name) +
                                 QLatin1Char(' ') +
                                 tr("Import the %n valid rows and leave the rejected ones out?",
                                    nullptr, int(report->valid));
        const KeepValid answer = askKeepValid(question, *report);
        if (answer == KeepValid::Import) return importSource(path, mapping, true, ifExists);
        if (answer == KeepValid::EditMapping) {
            if (auto chosen = askMapping(path, mapping))
                return importSource(path, chosen, false, ifExists);
            return report;
        }
        feedback_->status(tr("Nothing imported from %1: the project is as it was.").arg(name));
        return report;
    }
    {
        QSettings settings;
        RecentSources(settings).add(path);
    }
    if (report->skippedAsSource > 0) {
        feedback_->status(tr("%1 was imported before (source %2): skipped.")
                              .arg(name)
                              .arg(report->skippedAsSource));
        return report;
    }
    emit imported(projectPath);
    summarise(path, *report, framer_ ? framer_(*report) : -1);
    return report;
}

std::optional<IfExists> ImportFlow::askIfExists(const QString& path, const ImportRecord& earlier)
{
    const QString question =
        tr("%1 was already imported on %2 (%n events of it in the project). Import it again?",
           nullptr, int(earlier.currentEvents))
            .arg(QFileInfo(path).fileName(),
                 QLocale().toString(QDateTime::fromSecsSinceEpoch(earlier.importedAt),
                                    QLocale::ShortFormat));
    if (ifExistsPrompt_) return ifExistsPrompt_(question);
    QMessageBox box(QMessageBox::Question, tr("Import"), question, QMessageBox::Cancel,
                    feedback_->window());
    box.setTextFormat(Qt::PlainText);
    QPushButton* replace =
        box.addButton(tr("&Replace the earlier import"), QMessageBox::AcceptRole);
    QPushButton* add = box.addButton(tr("&Add it again"), QMessageBox::AcceptRole);
    QPushButton* skip = box.addButton(tr("&Skip"), QMessageBox::RejectRole);
    box.setDefaultButton(replace);
    box.exec();
    if (box.clickedButton() == replace) return IfExists::Replace;
    if (box.clickedButton() == add) return IfExists::Add;
    if (box.clickedButton() == skip) return IfExists::Skip;
    return std::nullopt;
}

ImportFlow::KeepValid ImportFlow::askKeepValid(const QString& question, const ImportReport& report)
{
    if (keepValidPrompt_) return keepValidPrompt_(question) ? KeepValid::Import : KeepValid::Cancel;
    QMessageBox box(QMessageBox::Question, tr("Import"), question, QMessageBox::Cancel,
                    feedback_->window());
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(ImportReportDialog::asText(report, question));
    QPushButton* import = box.addButton(tr("Import valid rows"), QMessageBox::AcceptRole);
    // Nothing is written yet: a CSV can go back to its mapping with the same file.
    QPushButton* edit = report.format == QLatin1String("csv")
                            ? box.addButton(tr("Edit mapping…"), QMessageBox::ActionRole)
                            : nullptr;
    box.exec();
    if (edit && box.clickedButton() == edit) return KeepValid::EditMapping;
    return box.clickedButton() == import ? KeepValid::Import : KeepValid::Cancel;
}

void ImportFlow::summarise(const QString& path, const ImportReport& report, qint64 visible)
{
    QString summary = tr("%n events imported from %1 (%2)", nullptr, int(report.imported))
                          .arg(QFileInfo(path).fileName(), report.format);
    summary += visible >= 0 ? tr(", %n now visible.", nullptr, int(visible)) : tr(".");
    if (report.replacedSource > 0)
        summary += tr(" They replace the earlier import of the same file.");
    if (report.annotations > 0)
        summary += tr(" %n lines, areas or places added as annotations.", nullptr,
                      int(report.annotations));
    if (!report.geocoded.isEmpty())
        summary += tr(" %n placed by their place name.", nullptr, int(report.geocoded.size()));
    if (!report.rejected.isEmpty())
        summary += tr(" %n rows were rejected.", nullptr, int(report.rejected.size()));
    if (!report.ambiguous.isEmpty())
        summary += tr(" %n rows name a place with several candidates and were not placed.", nullptr,
                      int(report.ambiguous.size()));
    if (!ImportReportDialog::hasDetails(report)) {
        feedback_->status(summary);
    } else if (!feedback_->report(ImportReportDialog::asText(report, summary))) {
        ImportReportDialog dialog(report, summary, feedback_->window());
        dialog.exec();
    }
}

void ImportFlow::fillRecentSources(QMenu* menu)
{
    menu->clear();
    QSettings settings;
    const QStringList paths = RecentSources(settings).paths();
    for (const QString& path : paths) {
        // The file name as the entry's text (its own & would mark a shortcut) and the whole
        // path as its tooltip; a file that has gone is shown but cannot be chosen.
        QString label = QFileInfo(path).fileName();
        label.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction* action = menu->addAction(label, this, [this, path] { route(path); });
        action->setData(path);
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    if (paths.isEmpty()) menu->addAction(tr("No recent sources"))->setEnabled(false);
    menu->addSeparator();
    QAction* clear = menu->addAction(tr("Clear the list"), this, [] {
        QSettings stored;
        RecentSources(stored).clear();
    });
    clear->setEnabled(!paths.isEmpty());
}

std::optional<CsvMapping> ImportFlow::askMapping(const QString& path,
                                                 const std::optional<CsvMapping>& current)
{
    if (mappingPrompt_) return mappingPrompt_(path);
    CsvMappingDialog dialog(path, feedback_->window());
    if (current) dialog.setMapping(*current);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    return dialog.mapping();
}

void ImportFlow::setMappingPrompt(std::function<std::optional<CsvMapping>(const QString&)> prompt)
{
    mappingPrompt_ = std::move(prompt);
}

void ImportFlow::setKeepValidPrompt(std::function<bool(const QString&)> prompt)
{
    keepValidPrompt_ = std::move(prompt);
}

void ImportFlow::setIfExistsPrompt(std::function<std::optional<IfExists>(const QString&)> prompt)
{
    ifExistsPrompt_ = std::move(prompt);
}

void ImportFlow::setRouter(std::function<void(const QString&)> router)
{
    router_ = std::move(router);
}

void ImportFlow::setFramer(std::function<qint64(const ImportReport&)> framer)
{
    framer_ = std::move(framer);
}
