#pragma once
// Writes small zip archives for the KMZ tests, including deliberately hostile ones: sizes in
// the headers can be made to lie.
#include <QByteArray>
#include <stdexcept>
#include <vector>
#include <zlib.h>

struct ZipTestEntry {
    QByteArray name;
    QByteArray data;
    bool deflate = true;
    qint64 declaredSize = -1; // what the headers say it unpacks to; -1: the truth
    qint64 padding = 0;       // zero bytes after the deflated data, counted as compressed
};

inline QByteArray rawDeflate(const QByteArray& data)
{
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2");
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    if (deflate(&z, Z_FINISH) != Z_STREAM_END) throw std::runtime_error("deflate");
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

inline QByteArray makeZip(const std::vector<ZipTestEntry>& entries)
{
    auto u16 = [](QByteArray& b, quint32 v) {
        b.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
    };
    auto u32 = [&](QByteArray& b, quint32 v) {
        u16(b, v & 0xffff);
        u16(b, v >> 16);
    };
    QByteArray file, directory;
    for (const auto& e : entries) {
        const QByteArray packed =
            (e.deflate ? rawDeflate(e.data) : e.data) + QByteArray(qsizetype(e.padding), '\0');
        const quint32 crc = quint32(
            crc32(0, reinterpret_cast<const Bytef*>(e.data.constData()), uInt(e.data.size())));
        const quint32 size = quint32(e.declaredSize >= 0 ? e.declaredSize : e.data.size());
        const quint32 compressed = quint32(packed.size());
        const quint32 offset = quint32(file.size());
        auto common = [&](QByteArray& b) {
            u16(b, 20);                // version needed
            u16(b, 0);                 // flags
            u16(b, e.deflate ? 8 : 0); // method
            u32(b, 0);                 // time and date
            u32(b, crc);
            u32(b, compressed);
            u32(b, size);
            u16(b, quint32(e.name.size()));
        };
        u32(file, 0x04034b50);
        common(file);
        u16(file, 0); // extra
        file += e.name + packed;
        u32(directory, 0x02014b50);
        u16(directory, 20); // made by
        common(directory);
        u16(directory, 0); // extra
        u16(directory, 0); // comment
        u16(directory, 0); // disk
        u16(directory, 0); // internal attributes
        u32(directory, 0); // external attributes
        u32(directory, offset);
        directory += e.name;
    }
    const quint32 directoryOffset = quint32(file.size());
    file += directory;
    u32(file, 0x06054b50);
    u16(file, 0);
    u16(file, 0);
    u16(file, quint32(entries.size()));
    u16(file, quint32(entries.size()));
    u32(file, quint32(directory.size()));
    u32(file, directoryOffset);
    u16(file, 0);
    return file;
}
