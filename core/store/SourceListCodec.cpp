#include "store/SourceListCodec.h"

#include "store/JsonStrings.h"

namespace {

void appendSource(QByteArray& out, const std::array<QByteArray, 3>& fields)
{
    std::size_t n = 3; // trailing empty fields left out, but at least the name
    while (n > 1 && fields[n - 1].isEmpty())
        --n;
    out += '[';
    for (std::size_t f = 0; f < n; ++f) {
        if (f > 0) out += ',';
        JsonStrings::append(out, fields[f]);
    }
    out += ']';
}

} // namespace

namespace SourceListCodec {

QByteArray encode(const std::vector<std::array<QByteArray, 3>>& sources)
{
    QByteArray out;
    out.reserve(qsizetype(2 + sources.size() * 16));
    out += '[';
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (i > 0) out += ',';
        appendSource(out, sources[i]);
    }
    out += ']';
    return out;
}

QByteArray encode(const QList<Source>& sources)
{
    QByteArray out;
    out.reserve(2 + sources.size() * 16);
    out += '[';
    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (i > 0) out += ',';
        const Source& s = sources[i];
        appendSource(out, {s.name.toUtf8(), s.url.toUtf8(), s.quote.toUtf8()});
    }
    out += ']';
    return out;
}

bool decodeUtf8(std::string_view json, std::vector<EventRecord::Source>& out)
{
    const long n = JsonStrings::readStringLists(json, 1, [&](std::size_t k, std::size_t f) {
        if (k == out.size()) out.emplace_back();
        EventRecord::Source& s = out[k];
        return f == 0 ? &s.name : f == 1 ? &s.url : f == 2 ? &s.quote : nullptr;
    });
    out.resize(n < 0 ? 0 : std::size_t(n));
    return n >= 0;
}

bool decode(std::string_view json, QList<Source>& out)
{
    std::vector<EventRecord::Source> utf8;
    out.clear();
    if (!decodeUtf8(json, utf8)) return false;
    out.reserve(qsizetype(utf8.size()));
    for (const EventRecord::Source& s : utf8)
        out.append(Source{QString::fromStdString(s.name), QString::fromStdString(s.url),
                          QString::fromStdString(s.quote)});
    return true;
}

QString damagedReason(qint64 eventId)
{
    return QStringLiteral("the sources of event %1 are damaged (its events.sources is not the "
                          "list Tigris writes)")
        .arg(eventId);
}

} // namespace SourceListCodec
