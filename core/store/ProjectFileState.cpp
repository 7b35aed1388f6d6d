#include "store/ProjectFileState.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace {

bool onReadOnlyMount(const QString& path)
{
    struct statvfs fs {};
    return statvfs(QFile::encodeName(path).constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY);
}

// SQLite's WAL index (-shm) holds a shared lock on its "dead man switch" byte for as long as
// any connection has the database open (os_unix.c: UNIX_SHM_DMS, byte 128). No lock there
// means nobody has the log open, so frames in it were left by a process that died.
bool walInUse(const QString& shmPath)
{
    const int fd = ::open(QFile::encodeName(shmPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct flock lock {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 128;
    lock.l_len = 1;
    const bool held = fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

QMutex openMutex;

QHash<QString, int>& openFiles()
{
    static QHash<QString, int> files;
    return files;
}

QString openKey(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

namespace ProjectFileState {

QString readOnlyReason(const QString& path)
{
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    if (onReadOnlyMount(folder)) return QStringLiteral("it is on a read-only file system");
    if (!file.isWritable()) return QStringLiteral("the file is read-only");
    if (!QFileInfo(folder).isWritable())
        return QStringLiteral("its folder %1 is read-only").arg(folder);
    return {};
}

bool hasOrphanWal(const QString& path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 32 && !isOpenHere(path) &&
           !walInUse(path + QStringLiteral("-shm"));
}

bool isOpenHere(const QString& path)
{
    const QMutexLocker lock(&openMutex);
    return openFiles().contains(openKey(path));
}

Registration::Registration(const QString& path) : key_(openKey(path))
{
    const QMutexLocker lock(&openMutex);
    ++openFiles()[key_];
}

Registration::~Registration()
{
    const QMutexLocker lock(&openMutex);
    auto& files = openFiles();
    if (--files[key_] <= 0) files.remove(key_);
}

} // namespace ProjectFileState
