#include "store/ColumnsCache.h"

#include "base/ScopeGuard.h"
#include "model/EventColumnsMerge.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
constexpr char kMagic[8] = {'T', 'G', 'R', 'S', 'C', 'O', 'L', '1'};

struct Header {
    char magic[8];
    qint64 revision;
    qint64 rows;
    qint64 categories;
};
} // namespace

ColumnsCache::ColumnsCache(const QString& folder, const QByteArray& key)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                        QStringLiteral("/tigris/") + folder;
    path_ = dir + QLatin1Char('/') +
            QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex()) +
            QStringLiteral(".columns");
}

std::optional<ColumnsCache::Entry> ColumnsCache::read() const
{
    const int fd = ::open(QFile::encodeName(path_).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    const ScopeGuard closeFd([fd] { ::close(fd); });
    struct stat st {};
    Header h{};
    if (::fstat(fd, &st) != 0 || ::pread(fd, &h, sizeof h, 0) != ssize_t(sizeof h) ||
        std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.rows < 0 || h.categories < 0 ||
        h.categories > 65536 || h.rows > st.st_size)
        return std::nullopt;
    const qint64 idBytes = h.categories * qint64(sizeof(qint64));
    const qint64 expected = qint64(sizeof h) + idBytes + h.rows * qint64(rawRowBytes());
    if (st.st_size != expected) return std::nullopt; // cut short, or not ours
    // Mapped with its pages, which are the page cache's: one copy into the columns, with no
    // page fault per 4 KiB of the file (at 10M events, 450 MB: a read() into zero-filled
    // vectors took 2 s of CPU, most of it faults and the fill).
    void* mapped =
        ::mmap(nullptr, std::size_t(expected), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (mapped == MAP_FAILED) return std::nullopt;
    const ScopeGuard unmap([&] { ::munmap(mapped, std::size_t(expected)); });
    const char* data = static_cast<const char*>(mapped) + sizeof h;
    Entry e;
    e.revision = h.revision;
    e.categoryIds.resize(std::size_t(h.categories));
    std::memcpy(e.categoryIds.data(), data, std::size_t(idBytes));
    ::madvise(mapped, std::size_t(expected), MADV_SEQUENTIAL);
    const std::uintptr_t page = std::uintptr_t(::sysconf(_SC_PAGESIZE));
    assignRawColumns(e.columns, data + idBytes, std::size_t(h.rows),
                     [page](const char* from, std::size_t bytes) {
                         const std::uintptr_t begin =
                             (std::uintptr_t(from) + page - 1) & ~(page - 1);
                         const std::uintptr_t end = (std::uintptr_t(from) + bytes) & ~(page - 1);
                         if (end > begin)
                             ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
                     });
    return e;
}

void ColumnsCache::write(Entry& entry) const
{
    const QString dir = QFileInfo(path_).absolutePath();
    if (!QFileInfo::exists(dir) && QDir().mkpath(dir))
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
    QSaveFile file(path_);
    if (!file.open(QIODevice::WriteOnly)) return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Header h{};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.revision = entry.revision;
    h.rows = qint64(entry.columns.size());
    h.categories = qint64(entry.categoryIds.size());
    bool ok = file.write(reinterpret_cast<const char*>(&h), sizeof h) == qint64(sizeof h);
    const qint64 idBytes = h.categories * qint64(sizeof(qint64));
    ok = ok &&
         file.write(reinterpret_cast<const char*>(entry.categoryIds.data()), idBytes) == idBytes;
    for (const auto& [data, bytes] : rawColumns(entry.columns))
        ok = ok && file.write(data, qint64(bytes)) == qint64(bytes);
    if (ok)
        file.commit();
    else
        file.cancelWriting();
}
