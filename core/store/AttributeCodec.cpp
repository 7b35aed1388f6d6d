#include "store/AttributeCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

void appendString(QByteArray& out, const QString& text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

} // namespace

namespace AttributeCodec {

QByteArray encode(const EventAttributes& attributes)
{
    if (attributes.isEmpty()) return {};
    QByteArray out;
    out.reserve(attributes.size() * 24);
    out += '[';
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        if (i > 0) out += ',';
        out += '[';
        appendString(out, attributes[i].first);
        out += ',';
        appendString(out, attributes[i].second);
        out += ']';
    }
    out += ']';
    return out;
}

EventAttributes decode(const QByteArray& json)
{
    EventAttributes out;
    if (json.isEmpty()) return out;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    for (const auto& pair : doc.array()) {
        const QJsonArray a = pair.toArray();
        if (a.size() == 2) out.append({a[0].toString(), a[1].toString()});
    }
    return out;
}

QByteArray searchText(const EventAttributes& attributes)
{
    QByteArray out;
    for (const auto& a : attributes) {
        if (!out.isEmpty()) out += ' ';
        out += a.second.toUtf8();
    }
    return out;
}

} // namespace AttributeCodec
