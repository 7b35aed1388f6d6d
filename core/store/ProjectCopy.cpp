#include "store/ProjectCopy.h"

#include "store/EventStore.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <cstdio>

namespace {
QString sameFile(const QString& a, const QString& b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    const QString cb = QFileInfo(b).canonicalFilePath();
    return !ca.isEmpty() && ca == cb ? ca : QString();
}
} // namespace

namespace ProjectCopy {

void write(const EventStore& store, const QString& target)
{
    if (target.isEmpty()) throw StoreError(QStringLiteral("no file name given for the copy"));
    const QFileInfo fi(target);
    if (!sameFile(target, store.path()).isEmpty() ||
        fi.absoluteFilePath() == QFileInfo(store.path()).absoluteFilePath())
        throw StoreError(QStringLiteral("%1 is the open project itself; choose another name for "
                                        "the copy")
                             .arg(target));
    const QFileInfo folder(fi.absolutePath());
    if (!folder.isDir())
        throw StoreError(
            QStringLiteral("the folder %1 does not exist").arg(folder.absoluteFilePath()),
            {target});
    if (!folder.isWritable())
        throw StoreError(QStringLiteral("the folder %1 is read-only; no copy was made")
                             .arg(folder.absoluteFilePath()),
                         {target});
    if (fi.isDir()) throw StoreError(QStringLiteral("%1 is a folder").arg(target));

    const QString partial =
        QDir(fi.absolutePath())
            .filePath(QStringLiteral(".%1.%2.part")
                          .arg(fi.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    SqliteStatement vacuum(sqliteHandle(store, "saving a copy"), "VACUUM INTO ?");
    vacuum.bind(1, partial);
    try {
        vacuum.run();
    } catch (const StoreError& e) {
        const int code =
            sqlite3_errcode(sqliteHandle(store, "saving a copy")) & 0xff; // the primary code
        QFile::remove(partial);
        if (code == SQLITE_FULL || code == SQLITE_IOERR)
            throw StoreError(QStringLiteral("the copy could not be written (the disk is full "
                                            "or the file too large); no copy was made"),
                             {target});
        throw StoreError(QStringLiteral("no copy was made (%1)").arg(e.message()), {target});
    }
    // rename(2) replaces an existing target atomically: a reader sees the old or the new file.
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(target).constData()) != 0) {
        QFile::remove(partial);
        throw StoreError(
            QStringLiteral("%1: the copy could not be put in place; no copy was made").arg(target));
    }
}

} // namespace ProjectCopy
