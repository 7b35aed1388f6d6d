#include "ImportReportDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString csvQuoted(QString s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')))
        return s;
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString candidatesText(const ImportReport::Ambiguity& a)
{
    QStringList parts;
    for (const auto& c : a.candidates)
        parts << QStringLiteral("%1 (%2%3, %4 %5)")
                     .arg(c.name, c.admin1.isEmpty() ? QString() : c.admin1 + QStringLiteral(", "),
                          c.country, QString::number(c.lat, 'f', 4),
                          QString::number(c.lon, 'f', 4));
    return parts.join(QStringLiteral("; "));
}

QTableWidgetItem* plainItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

ImportReportDialog::ImportReportDialog(const ImportReport& report, const QString& summary,
                                       QWidget* parent)
    : QDialog(parent), report_(report), summary_(summary)
{
    setWindowTitle(tr("Import report"));
    auto* label = new QLabel(summary);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    auto* table = new QTableWidget(int(report.rejected.size() + report.ambiguous.size()), 3);
    table->setHorizontalHeaderLabels({tr("Line"), tr("Problem"), tr("Details")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    int row = 0;
    for (const auto& r : report.rejected) {
        table->setItem(row, 0, plainItem(QString::number(r.line)));
        table->setItem(row, 1, plainItem(tr("rejected")));
        table->setItem(row++, 2, plainItem(r.reason));
    }
    for (const auto& a : report.ambiguous) {
        table->setItem(row, 0, plainItem(QString::number(a.line)));
        table->setItem(row, 1, plainItem(tr("'%1' not placed: several places").arg(a.place)));
        table->setItem(row++, 2, plainItem(candidatesText(a)));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* saveButton = buttons->addButton(tr("Save…"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save import report"),
                                                          QStringLiteral("import-report.csv"),
                                                          tr("CSV (*.csv);;Text (*.txt)"));
        if (path.isEmpty()) return;
        QString error;
        if (!save(report_, summary_, path, &error))
            QMessageBox::warning(this, tr("Save import report"), error);
    });
}

QString ImportReportDialog::asText(const ImportReport& report, const QString& summary)
{
    QString out = summary + QLatin1Char('\n');
    for (const auto& r : report.rejected)
        out += QStringLiteral("line %1: %2\n").arg(r.line).arg(r.reason);
    for (const auto& a : report.ambiguous)
        out += QStringLiteral("line %1: '%2' not placed, several places: %3\n")
                   .arg(a.line)
                   .arg(a.place, candidatesText(a));
    for (const QString& w : report.warnings)
        out += w + QLatin1Char('\n');
    return out;
}

bool ImportReportDialog::save(const ImportReport& report, const QString& summary,
                              const QString& path, QString* error)
{
    QString text;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        text = QStringLiteral("line,problem,details\r\n");
        for (const auto& r : report.rejected)
            text += QStringLiteral("%1,rejected,%2\r\n").arg(r.line).arg(csvQuoted(r.reason));
        for (const auto& a : report.ambiguous)
            text += QStringLiteral("%1,%2,%3\r\n")
                        .arg(a.line)
                        .arg(csvQuoted(QStringLiteral("ambiguous place ") + a.place),
                             csvQuoted(candidatesText(a)));
    } else {
        text = asText(report, summary);
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit()) {
        *error = QStringLiteral("%1: cannot be written (%2)").arg(path, f.errorString());
        return false;
    }
    return true;
}
