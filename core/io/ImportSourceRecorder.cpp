#include "io/ImportSourceRecorder.h"

#include "io/ImportReport.h"
#include "io/Importer.h"
#include "store/ImportSources.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

ImportSourceRecorder::ImportSourceRecorder(const QString& sourcePath, const ImportOptions& options)
{
    const QFileInfo fi(sourcePath);
    QFile file(sourcePath);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        throw ImportError(
            QStringLiteral("%1: cannot be read (%2)").arg(sourcePath, file.errorString()));
    record_.path = fi.absoluteFilePath();
    record_.fileName = fi.fileName();
    record_.size = fi.size();
    record_.sha256 = QString::fromLatin1(hash.result().toHex());
    record_.format = options.format;
    QJsonObject o{{QStringLiteral("format"), options.format},
                  {QStringLiteral("encoding"), options.encoding},
                  {QStringLiteral("keep_valid"), options.keepValid}};
    if (!options.dateProperty.isEmpty())
        o.insert(QStringLiteral("date_property"), options.dateProperty);
    if (options.mapping) o.insert(QStringLiteral("mapping"), options.mapping->toJson());
    if (!options.layer.isEmpty()) o.insert(QStringLiteral("layer"), options.layer);
    record_.options = o;
}

std::optional<ImportRecord> ImportSourceRecorder::earlier(const EventStore& store) const
{
    // The same bytes; for a GIS file, the same layer too (each layer is a source of its own).
    const QJsonValue layer = record_.options.value(QStringLiteral("layer"));
    for (ImportRecord& r : ImportSources(store).withHash(record_.sha256))
        if (r.options.value(QStringLiteral("layer")) == layer) return std::move(r);
    return std::nullopt;
}

bool ImportSourceRecorder::resolve(EventStore& store, IfExists policy, ImportReport& report)
{
    const std::optional<ImportRecord> before = earlier(store);
    if (!before || policy == IfExists::Add) return true;
    const QString when = QDateTime::fromSecsSinceEpoch(before->importedAt, QTimeZone::utc())
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    switch (policy) {
    case IfExists::Refuse:
        throw DuplicateSourceError(
            QStringLiteral("%1: this file was already imported on %2 (source %3, %4 events); "
                           "choose --if-exists skip, add or replace")
                .arg(record_.path, when)
                .arg(before->id)
                .arg(before->currentEvents),
            *before);
    case IfExists::Skip:
        report.warnings << QStringLiteral("skipped: this file was already imported on %1 "
                                          "(source %2)")
                               .arg(when)
                               .arg(before->id);
        report.skippedAsSource = before->id;
        return false;
    case IfExists::Replace:
        replace_ = before->id;
        return true;
    case IfExists::Add:
        break;
    }
    return true;
}

void ImportSourceRecorder::begin(EventStore& store, EventStore::Writer& writer)
{
    ImportSources sources(store);
    if (!sources.available()) return;
    if (replace_) sources.removeWithin(*replace_);
    record_.importedAt = QDateTime::currentSecsSinceEpoch();
    record_.id = sources.record(record_);
    writer.setImportId(record_.id);
}

void ImportSourceRecorder::finish(EventStore& store, const ImportReport& report,
                                  const std::vector<qint64>& annotationIds)
{
    if (record_.id == 0) return;
    ImportSources sources(store);
    record_.format = report.format;
    record_.events = report.imported;
    record_.annotations = report.annotations;
    record_.rejected = report.rejected.size();
    record_.warnings = report.warnings;
    sources.updateCounts(record_);
    for (qint64 id : annotationIds)
        sources.tagAnnotation(id, record_.id);
}
