#include "store/AttributeCodec.h"

#include "store/JsonStrings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace AttributeCodec {

bool decodeUtf8(std::string_view json, std::vector<std::pair<std::string, std::string>>& out)
{
    if (json.empty()) {
        out.clear();
        return true;
    }
    const long n = JsonStrings::readStringLists(json, 2, [&](std::size_t k, std::size_t f) {
        if (k == out.size()) out.emplace_back();
        return f == 0 ? &out[k].first : f == 1 ? &out[k].second : nullptr;
    });
    out.resize(n < 0 ? 0 : std::size_t(n));
    return n >= 0;
}

QByteArray encode(const EventAttributes& attributes)
{
    if (attributes.isEmpty()) return {};
    QByteArray out;
    out.reserve(attributes.size() * 24);
    out += '[';
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        if (i > 0) out += ',';
        out += '[';
        JsonStrings::append(out, attributes[i].first.toUtf8());
        out += ',';
        JsonStrings::append(out, attributes[i].second.toUtf8());
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
