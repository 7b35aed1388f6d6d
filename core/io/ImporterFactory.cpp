#include "io/AcledImporter.h"
#include "io/CsvImporter.h"
#include "io/GeoJsonImporter.h"
#include "io/ImportError.h"
#include "io/Importer.h"

#include <QFile>
#include <QFileInfo>

namespace {

// Text files have no NUL bytes and few control characters in their first kilobytes.
bool looksBinary(const QByteArray& head)
{
    int control = 0;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0) return true;
        if (u < 9 || (u > 13 && u < 32)) ++control;
    }
    return control > head.size() / 100 + 1;
}

} // namespace

QStringList importerFormats()
{
    return {QStringLiteral("csv"), QStringLiteral("acled"), QStringLiteral("geojson")};
}

std::unique_ptr<Importer> makeImporter(const QString& format, const QString& fileName,
                                       const QByteArray& head)
{
    QString f = format.toLower();
    if (f == QLatin1String("auto")) {
        const QByteArray trimmed = head.trimmed();
        const QByteArray firstLine = head.left(head.indexOf('\n'));
        if (trimmed.startsWith('{') ||
            fileName.endsWith(QLatin1String(".geojson"), Qt::CaseInsensitive))
            f = QStringLiteral("geojson");
        else if (AcledImporter::looksLikeAcled(firstLine))
            f = QStringLiteral("acled");
        else
            f = QStringLiteral("csv");
    }
    if (f == QLatin1String("csv")) return std::make_unique<CsvImporter>();
    if (f == QLatin1String("acled")) return std::make_unique<AcledImporter>();
    if (f == QLatin1String("geojson")) return std::make_unique<GeoJsonImporter>();
    return nullptr;
}

ImportReport importFile(EventStore& store, const QString& sourcePath, const QString& format)
{
    const QString name = QFileInfo(sourcePath).fileName();
    QFile file(sourcePath);
    if (QFileInfo(sourcePath).isDir())
        throw ImportError(QStringLiteral("%1: is a folder, not a file").arg(sourcePath));
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(
            QStringLiteral("%1: cannot be read (%2)").arg(sourcePath, file.errorString()));
    const QByteArray head = file.peek(64 * 1024);
    if (head.trimmed().isEmpty())
        throw ImportError(QStringLiteral("%1: the file is empty").arg(sourcePath));
    if (looksBinary(head.left(8192)))
        throw ImportError(
            QStringLiteral("%1: not a text file (CSV, ACLED or GeoJSON)").arg(sourcePath));
    auto importer = makeImporter(format, name, head);
    if (!importer) throw ImportError(QStringLiteral("unknown format '%1'").arg(format));
    try {
        auto writer = store.beginWrite();
        ImportReport report = importer->run(file, *writer);
        if (report.imported > 0) writer->commit();
        return report;
    } catch (const ImportError& e) {
        const QString where =
            e.line() > 0 ? QStringLiteral("%1, line %2").arg(sourcePath).arg(e.line()) : sourcePath;
        throw ImportError(QStringLiteral("%1: %2").arg(where, e.message()), e.line());
    }
}
