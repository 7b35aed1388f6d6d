#include "store/ZOrderRuns.h"

#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <queue>
#include <unistd.h>

namespace {
constexpr qint64 kPiece = 4096; // entries read from a run at a time (128 KiB)
} // namespace

quint64 ZOrderRuns::key(double lon, double lat)
{
    const auto quantise = [](double v, double lo, double span) {
        return static_cast<quint32>(std::clamp((v - lo) / span, 0.0, 1.0) * 65535.0);
    };
    const auto spread = [](quint64 v) {
        v = (v | (v << 8)) & 0x00FF00FFull;
        v = (v | (v << 4)) & 0x0F0F0F0Full;
        v = (v | (v << 2)) & 0x33333333ull;
        v = (v | (v << 1)) & 0x55555555ull;
        return v;
    };
    const quint64 x = quantise(lon, -180.0, 360.0);
    const quint64 y = quantise(lat, -90.0, 180.0);
    return spread(x) | (spread(y) << 1);
}

void ZOrderRuns::add(qint64 id, double lon, double lat)
{
    if (buffer_.empty()) buffer_.reserve(runEntries_);
    buffer_.push_back({key(lon, lat), id, lon, lat});
    ++count_;
    if (buffer_.size() >= runEntries_) spill();
}

void ZOrderRuns::spill()
{
    std::sort(buffer_.begin(), buffer_.end());
    if (!file_.isOpen()) file_.open();
    const qint64 bytes = qint64(buffer_.size() * sizeof(Entry));
    file_.write(buffer_.data(), bytes, fileBytes_);
    fileBytes_ += bytes;
    runs_.push_back(qint64(buffer_.size()));
    buffer_.clear();
}

ZOrderRuns::TemporaryFile::~TemporaryFile()
{
    if (fd_ >= 0) ::close(fd_);
}

void ZOrderRuns::TemporaryFile::open()
{
    QByteArray path = QFile::encodeName(QDir::tempPath()) + "/tigris-zorder-XXXXXX";
    fd_ = ::mkstemp(path.data());
    if (fd_ < 0)
        throw StoreError(QStringLiteral("cannot create a temporary file for the spatial index in "
                                        "%1 (%2)")
                             .arg(QDir::tempPath(), QString::fromLocal8Bit(std::strerror(errno))));
    ::unlink(path.constData());
}

void ZOrderRuns::TemporaryFile::write(const void* data, qint64 bytes, qint64 at)
{
    const auto* p = static_cast<const char*>(data);
    while (bytes > 0) {
        const ssize_t n = ::pwrite(fd_, p, std::size_t(bytes), off_t(at));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0)
            throw StoreError(QStringLiteral("cannot write the temporary file for the spatial "
                                            "index in %1 (%2)")
                                 .arg(QDir::tempPath(), QString::fromLocal8Bit(std::strerror(
                                                            n < 0 ? errno : ENOSPC))));
        p += n;
        at += n;
        bytes -= n;
    }
}

void ZOrderRuns::TemporaryFile::read(void* data, qint64 bytes, qint64 at) const
{
    auto* p = static_cast<char*>(data);
    while (bytes > 0) {
        const ssize_t n = ::pread(fd_, p, std::size_t(bytes), off_t(at));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0)
            throw StoreError(QStringLiteral("cannot read the temporary file for the spatial "
                                            "index back (%1)")
                                 .arg(n < 0 ? QString::fromLocal8Bit(std::strerror(errno))
                                            : QStringLiteral("it is shorter than written")));
        p += n;
        at += n;
        bytes -= n;
    }
}

void ZOrderRuns::forEach(const std::function<void(qint64, double, double)>& f)
{
    std::sort(buffer_.begin(), buffer_.end());
    if (runs_.empty()) { // everything fitted in memory
        for (const Entry& e : buffer_)
            f(e.id, e.lon, e.lat);
        return;
    }
    // One cursor a run, reading it a piece at a time; the last run is the buffer itself.
    struct Cursor {
        qint64 offset = 0, left = 0; // in the file: where the rest of the run is, entries left
        std::vector<Entry> piece;
        std::size_t at = 0;
    };
    std::vector<Cursor> cursors(runs_.size() + 1);
    qint64 offset = 0;
    for (std::size_t i = 0; i < runs_.size(); ++i) {
        cursors[i].offset = offset;
        cursors[i].left = runs_[i];
        offset += runs_[i] * qint64(sizeof(Entry));
    }
    cursors.back().piece = std::move(buffer_);
    const auto refill = [this](Cursor& c) {
        if (c.at < c.piece.size() || c.left == 0) return c.at < c.piece.size();
        const qint64 n = std::min(kPiece, c.left);
        c.piece.resize(std::size_t(n));
        const qint64 bytes = n * qint64(sizeof(Entry));
        file_.read(c.piece.data(), bytes, c.offset);
        c.offset += bytes;
        c.left -= n;
        c.at = 0;
        return true;
    };
    const auto later = [&](std::size_t a, std::size_t b) {
        return cursors[b].piece[cursors[b].at] < cursors[a].piece[cursors[a].at];
    };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> heads(later);
    for (std::size_t i = 0; i < cursors.size(); ++i)
        if (refill(cursors[i])) heads.push(i);
    while (!heads.empty()) {
        const std::size_t i = heads.top();
        heads.pop();
        const Entry& e = cursors[i].piece[cursors[i].at++];
        f(e.id, e.lon, e.lat);
        if (refill(cursors[i])) heads.push(i);
    }
    buffer_.clear();
    runs_.clear();
}
