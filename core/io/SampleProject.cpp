#include "io/SampleProject.h"

#include "io/DatasetLoader.h"
#include "store/EventStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <filesystem>
#include <system_error>

namespace {

void removeProjectFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

void writeSampleProject(const QString& outPath, ExistingFile existing)
{
    const QFileInfo out(outPath);
    if (existing == ExistingFile::Refuse && out.exists() && out.size() > 0)
        throw StoreError(QStringLiteral("%1 already exists; not overwriting it")
                             .arg(QDir::toNativeSeparators(outPath)));
    // Built beside the target and renamed into place: readers never see a partial project.
    const QString partial = outPath + QStringLiteral(".partial");
    removeProjectFiles(partial);
    try {
        auto store = EventStore::create(partial);
        auto writer = store->beginWrite();
        DatasetLoader::load(QString::fromLatin1(DatasetLoader::kBundledDataset), *writer);
        writer->commit();
    } catch (...) {
        removeProjectFiles(partial);
        throw;
    }
    // A stale journal of a replaced project must not be replayed into the new one.
    QFile::remove(outPath + QStringLiteral("-wal"));
    QFile::remove(outPath + QStringLiteral("-shm"));
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(),
                            QFile::encodeName(outPath).toStdString(), error);
    if (error) {
        removeProjectFiles(partial);
        throw StoreError(
            QStringLiteral("%1 could not be written (%2)")
                .arg(QDir::toNativeSeparators(outPath), QString::fromStdString(error.message())));
    }
}

QString ensureWorkingCopy()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dir))
        throw StoreError(QStringLiteral("the data folder %1 cannot be created")
                             .arg(QDir::toNativeSeparators(dir)));
    const QString path = workingCopyPath();
    if (QFileInfo(path).size() == 0) writeSampleProject(path, ExistingFile::Replace);
    return path;
}

QString workingCopyPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("iraq-2014.tigris"));
}
