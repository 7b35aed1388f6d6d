#pragma once

#include "io/ImportReport.h"

#include <QDialog>

// The end of an import with rejected rows, ambiguous places or places chosen by population: a
// summary, every such row with its line and details (plain text), and "Save…" to keep them as
// CSV or text.
class ImportReportDialog : public QDialog {
    Q_OBJECT
  public:
    ImportReportDialog(const ImportReport& report, const QString& summary,
                       QWidget* parent = nullptr);

    // CSV (a .csv name: kind,line,place or reason) or plain text (any other name).
    static bool save(const ImportReport& report, const QString& summary, const QString& path,
                     QString* error);
    static QString asText(const ImportReport& report, const QString& summary);
    // Whether the report has rows to show here (else a status message is enough).
    static bool hasDetails(const ImportReport& report);

  private:
    ImportReport report_;
    QString summary_;
};
