#pragma once

#include "io/CsvMapping.h"
#include "io/ImportReport.h"
#include "io/ImportSourceRecorder.h"

#include <QObject>
#include <functional>
#include <optional>

class QMenu;
class UserFeedback;
struct OpenProject;

// Importing a file into the open project as the user sees it: a worker thread with a progress
// dialog and Cancel, the mapping dialog for a CSV whose header is not recognised, the "import
// the valid rows?" question, the recent sources, and the summary or report at the end.
// All or nothing, as on the command line. After a successful import it emits `imported` and
// the window reopens the project.
class ImportFlow : public QObject {
    Q_OBJECT
  public:
    ImportFlow(OpenProject& project, UserFeedback* feedback, QObject* parent);

    // The report, or nullopt after telling the user why it failed or was cancelled. When rows
    // are rejected nothing is written and the user is asked whether to import the valid rows,
    // unless `keepValid`. The same file imported before: the user chooses to skip, add it again
    // or replace the earlier source, unless `ifExists` says.
    std::optional<ImportReport> importSource(const QString& path,
                                             std::optional<CsvMapping> mapping = std::nullopt,
                                             bool keepValid = false,
                                             IfExists ifExists = IfExists::Refuse);
    static QString fileFilter();         // the importable files, for a file dialog
    void chooseAndImport();              // File → Import events…
    void chooseAndImportWithMapping();   // File → Import CSV with mapping…
    void fillRecentSources(QMenu* menu); // File → Import recent, from the settings

    // Stand-ins for the dialogs (tests): the mapping, or nullopt for Cancel; and the question's
    // text, true for yes.
    void setMappingPrompt(std::function<std::optional<CsvMapping>(const QString&)> prompt);
    void setKeepValidPrompt(std::function<bool(const QString&)> prompt);
    // The "imported before" question (tests): the choice, or nullopt for Cancel.
    void setIfExistsPrompt(std::function<std::optional<IfExists>(const QString&)> prompt);
    // Where a file chosen in the menus goes (the window asks: this project or a new one);
    // unset: importSource.
    void setRouter(std::function<void(const QString& path)> router);
    // After the reopen: frames the imported events, returns how many are visible.
    void setFramer(std::function<qint64(const ImportReport&)> framer);

  signals:
    void imported(const QString& projectPath);

  private:
    std::optional<CsvMapping> askMapping(const QString& path,
                                         const std::optional<CsvMapping>& current = {});
    // Import the valid rows, go back to the mapping (a CSV: nothing was written), or neither.
    enum class KeepValid { Import, EditMapping, Cancel };
    KeepValid askKeepValid(const QString& question, const ImportReport& report);
    std::optional<IfExists> askIfExists(const QString& path, const ImportRecord& earlier);
    void summarise(const QString& path, const ImportReport& report, qint64 visible);
    void route(const QString& path);

    OpenProject& project_;
    UserFeedback* feedback_;
    std::function<std::optional<CsvMapping>(const QString&)> mappingPrompt_;
    std::function<bool(const QString&)> keepValidPrompt_;
    std::function<std::optional<IfExists>(const QString&)> ifExistsPrompt_;
    std::function<void(const QString&)> router_;
    std::function<qint64(const ImportReport&)> framer_;
};
