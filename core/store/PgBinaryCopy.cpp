#include "store/PgBinaryCopy.h"

#include "store/StoreError.h"

#include <QtEndian>
#include <cstring>

namespace {
// "PGCOPY\n\377\r\n\0", then flags and the header extension's length (both 0).
constexpr char kSignature[] = "PGCOPY\n\377\r\n";
constexpr int kHeaderSize = 11 + 4 + 4;

// Grown in place: QByteArray::append(const char*, n) goes through insert(), a tenth of an
// import's client time for these few bytes a field.
template <typename T> void put(QByteArray& out, T v)
{
    const qsizetype at = out.size();
    out.resize(at + qsizetype(sizeof(T)));
    qToBigEndian(v, out.data() + at);
}

StoreError malformed()
{
    return StoreError(QStringLiteral("the server sent rows in a form this version does not read"));
}
} // namespace

void PgCopyEncoder::header()
{
    out_.append(kSignature, 11); // with the terminating NUL
    put<qint32>(out_, 0);
    put<qint32>(out_, 0);
}

void PgCopyEncoder::trailer()
{
    put<qint16>(out_, -1);
}

void PgCopyEncoder::row(int fields)
{
    put<qint16>(out_, qint16(fields));
}

void PgCopyEncoder::length(qint32 n)
{
    put<qint32>(out_, n);
}

void PgCopyEncoder::int8(qint64 v)
{
    length(8);
    put<qint64>(out_, v);
}

void PgCopyEncoder::int4(qint32 v)
{
    length(4);
    put<qint32>(out_, v);
}

void PgCopyEncoder::int2(qint16 v)
{
    length(2);
    put<qint16>(out_, v);
}

void PgCopyEncoder::float8(double v)
{
    if (std::isnan(v)) return null();
    quint64 bits;
    std::memcpy(&bits, &v, sizeof bits);
    length(8);
    put<quint64>(out_, bits);
}

void PgCopyEncoder::boolean(bool v)
{
    length(1);
    out_.append(v ? '\1' : '\0');
}

void PgCopyEncoder::text(const QByteArray& utf8)
{
    if (utf8.isNull()) return null();
    length(qint32(utf8.size()));
    out_.append(utf8);
}

void PgCopyEncoder::null()
{
    length(-1);
}

void PgCopyEncoder::point(double lon, double lat, qint32 srid)
{
    if (std::isnan(lon) || std::isnan(lat)) return null();
    length(1 + 4 + 4 + 8 + 8);
    char bytes[8];
    out_.append('\1');                           // little endian
    qToLittleEndian<quint32>(0x20000001, bytes); // a point, with an SRID
    out_.append(bytes, 4);
    qToLittleEndian<qint32>(srid, bytes);
    out_.append(bytes, 4);
    for (const double v : {lon, lat}) {
        quint64 bits;
        std::memcpy(&bits, &v, sizeof bits);
        qToLittleEndian<quint64>(bits, bytes);
        out_.append(bytes, 8);
    }
}

bool PgCopyDecoder::row(const char* data, int size)
{
    p_ = data;
    end_ = data + size;
    if (!headerSeen_) {
        if (size < kHeaderSize || std::memcmp(data, kSignature, 11) != 0) throw malformed();
        const qint32 extension = qFromBigEndian<qint32>(data + 15);
        if (extension < 0 || kHeaderSize + extension > size) throw malformed();
        p_ += kHeaderSize + extension;
        headerSeen_ = true;
    }
    if (end_ - p_ < 2) throw malformed();
    fields_ = qFromBigEndian<qint16>(p_);
    p_ += 2;
    return fields_ >= 0;
}

bool PgCopyDecoder::isNull() const
{
    return end_ - p_ >= 4 && qFromBigEndian<qint32>(p_) == -1;
}

const char* PgCopyDecoder::field(int expected)
{
    if (end_ - p_ < 4) throw malformed();
    const qint32 n = qFromBigEndian<qint32>(p_);
    p_ += 4;
    if (n == -1) return nullptr;
    if (n < 0 || end_ - p_ < n || (expected >= 0 && n != expected)) throw malformed();
    const char* value = p_;
    p_ += n;
    return value;
}

qint64 PgCopyDecoder::int8()
{
    const char* v = field(8);
    return v ? qFromBigEndian<qint64>(v) : 0;
}

qint32 PgCopyDecoder::int4()
{
    const char* v = field(4);
    return v ? qFromBigEndian<qint32>(v) : 0;
}

qint16 PgCopyDecoder::int2()
{
    const char* v = field(2);
    return v ? qFromBigEndian<qint16>(v) : 0;
}

double PgCopyDecoder::float8()
{
    const char* v = field(8);
    if (!v) return std::nan("");
    const quint64 bits = qFromBigEndian<quint64>(v);
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

bool PgCopyDecoder::boolean()
{
    const char* v = field(1);
    return v && *v != 0;
}

QByteArray PgCopyDecoder::bytes()
{
    if (end_ - p_ < 4) throw malformed();
    const qint32 n = qFromBigEndian<qint32>(p_);
    const char* v = field(-1);
    return v ? QByteArray(v, n) : QByteArray();
}
