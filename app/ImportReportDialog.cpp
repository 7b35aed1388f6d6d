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

QString candidatesText(const QList<ImportReport::Candidate>& candidates)
{
    QStringList parts;
    for (const auto& c : candidates)
        parts << QStringLiteral("%1 (%2%3, %4 %5%6)")
                     .arg(c.name, c.admin1.isEmpty() ? QString() : c.admin1 + QStringLiteral(", "),
                          c.country, QString::number(c.lat, 'f', 4), QString::number(c.lon, 'f', 4),
                          c.population > 0 ? QStringLiteral(", %1 people").arg(c.population)
                                           : QString());
    return parts.join(QStringLiteral("; "));
}
QString candidatesText(const ImportReport::Ambiguity& a)
{
    return candidatesText(a.candidates);
}

// A placement on the largest of several places: where, and the places passed over.
QString chosenText(const ImportReport::Placement& p)
{
    return QStringLiteral("at %1 %2, over %3")
        .arg(QString::number(p.lat, 'f', 4), QString::number(p.lon, 'f', 4),
             candidatesText(p.over));
}

QList<ImportReport::Placement> byPopulation(const ImportReport& report)
{
    QList<ImportReport::Placement> out;
    for (const auto& g : report.geocoded)
        if (!g.over.isEmpty()) out.append(g);
    return out;
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
    const auto chosen = byPopulation(report);
    auto* table =
        new QTableWidget(int(report.rejected.size() + report.ambiguous.size() + chosen.size()), 3);
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
    for (const auto& p : chosen) {
        table->setItem(row, 0, plainItem(QString::number(p.line)));
        table->setItem(row, 1, plainItem(tr("'%1' placed on the largest place").arg(p.place)));
        table->setItem(row++, 2, plainItem(chosenText(p)));
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
    for (const auto& p : byPopulation(report))
        out += QStringLiteral("line %1: '%2' placed on the largest place of that name %3\n")
                   .arg(p.line)
                   .arg(p.place, chosenText(p));
    for (const QString& w : report.warnings)
        out += w + QLatin1Char('\n');
    return out;
}

bool ImportReportDialog::hasDetails(const ImportReport& report)
{
    return !report.rejected.isEmpty() || !report.ambiguous.isEmpty() ||
           !byPopulation(report).isEmpty();
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
        for (const auto& p : byPopulation(report))
            text += QStringLiteral("%1,%2,%3\r\n")
                        .arg(p.line)
                        .arg(csvQuoted(QStringLiteral("placed on the largest ") + p.place),
                             csvQuoted(chosenText(p)));
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
