#include "io/ImportSourceRecorder.h"

#include "io/ImportReport.h"
#include "io/Importer.h"
#include "store/ImportSources.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <memory>
#include <openssl/evp.h>

ImportSourceRecorder::ImportSourceRecorder(const QString& sourcePath, const ImportOptions& options)
    : stopHashing_(std::make_shared<std::atomic<bool>>(false))
{
    const QFileInfo fi(sourcePath);
    if (QFile file(sourcePath); !file.open(QIODevice::ReadOnly))
        throw ImportError(
            QStringLiteral("%1: cannot be read (%2)").arg(sourcePath, file.errorString()));
    record_.path = fi.absoluteFilePath();
    record_.fileName = fi.fileName();
    record_.size = fi.size();
    record_.format = options.format;
    QJsonObject o{{QStringLiteral("format"), options.format},
                  {QStringLiteral("encoding"), options.encoding},
                  {QStringLiteral("keep_valid"), options.keepValid}};
    if (!options.dateProperty.isEmpty())
        o.insert(QStringLiteral("date_property"), options.dateProperty);
    if (options.mapping) o.insert(QStringLiteral("mapping"), options.mapping->toJson());
    if (!options.layer.isEmpty()) o.insert(QStringLiteral("layer"), options.layer);
    record_.options = o;
    hashing_ = std::async(std::launch::async, [sourcePath, stop = stopHashing_] {
        QFile file(sourcePath);
        if (!file.open(QIODevice::ReadOnly)) return QString();
        // OpenSSL's SHA-256 uses the CPU's SHA instructions where it has them: 0.15 s rather
        // than Qt's 1.2 s for a 220 MB file, on a thread that shares two cores with the import.
        const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> hash(EVP_MD_CTX_new(),
                                                                           EVP_MD_CTX_free);
        if (!hash || EVP_DigestInit_ex(hash.get(), EVP_sha256(), nullptr) != 1) return QString();
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (;;) {
            if (*stop) return QString();
            const qint64 n = file.read(buffer.data(), buffer.size());
            if (n < 0) return QString();
            if (n == 0) break;
            if (EVP_DigestUpdate(hash.get(), buffer.constData(), std::size_t(n)) != 1)
                return QString();
        }
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        if (EVP_DigestFinal_ex(hash.get(), digest, &size) != 1) return QString();
        return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(digest), int(size)).toHex());
    });
}

ImportSourceRecorder::~ImportSourceRecorder()
{
    *stopHashing_ = true; // the future's destructor waits for the thread, a piece at most
}

QString ImportSourceRecorder::sha256() const
{
    if (hashing_.valid()) sha256_ = hashing_.get();
    if (sha256_.isEmpty())
        throw ImportError(QStringLiteral("%1: cannot be read to the end").arg(record_.path));
    return sha256_;
}

std::optional<ImportRecord> ImportSourceRecorder::earlier(const EventStore& store) const
{
    // Only a source of the same size can hold the same bytes: on a project without one the
    // import goes on while the hash is being computed.
    const ImportSources sources(store);
    if (!sources.anyOfSize(record_.size)) return std::nullopt;
    // The same bytes; for a GIS file, the same layer too (each layer is a source of its own).
    const QJsonValue layer = record_.options.value(QStringLiteral("layer"));
    for (ImportRecord& r : sources.withHash(sha256()))
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
    // Empty unless earlier() waited for it (NOT NULL: never a null string); finish() writes it.
    record_.sha256 = sha256_.isEmpty() ? QStringLiteral("") : sha256_;
    record_.importedAt = QDateTime::currentSecsSinceEpoch();
    record_.id = sources.record(record_);
    writer.setImportId(record_.id);
}

void ImportSourceRecorder::finish(EventStore& store, const ImportReport& report,
                                  const std::vector<qint64>& annotationIds)
{
    if (record_.id == 0) return;
    ImportSources sources(store);
    record_.sha256 = sha256(); // recorded empty by begin(): it was not known yet
    record_.format = report.format;
    record_.events = report.imported;
    record_.annotations = report.annotations;
    record_.rejected = report.rejected.size();
    record_.warnings = report.warnings;
    sources.updateCounts(record_);
    for (qint64 id : annotationIds)
        sources.tagAnnotation(id, record_.id);
}
