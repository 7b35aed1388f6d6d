#include "io/SampleProject.h"

#include "io/DatasetLoader.h"
#include "store/EventStore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

void writeSampleProject(const QString& outPath)
{
    auto store = EventStore::create(outPath);
    try {
        auto writer = store->beginWrite();
        DatasetLoader::load(QString::fromLatin1(DatasetLoader::kBundledDataset), *writer);
        writer->commit();
    } catch (...) {
        store.reset();
        QFile::remove(outPath); // never leave a half-made project behind
        throw;
    }
}

QString ensureWorkingCopy()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("iraq-2014.tigris"));
    if (!QFile::exists(path)) writeSampleProject(path);
    return path;
}
