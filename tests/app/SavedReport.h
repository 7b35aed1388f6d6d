#pragma once
// An import report saved as the dialog's Save does (CSV or text by the suffix), read back.
#include "ImportReportDialog.h"
#include "TestCatch.h"

#include <QFile>

inline QString savedReport(const ImportReport& report, const QString& summary, const QString& path)
{
    QString error;
    REQUIRE(ImportReportDialog::save(report, summary, path, &error));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}
