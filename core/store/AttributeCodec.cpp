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

// Appends code point `cp` as UTF-8 (U+FFFD for a lone surrogate).
void appendUtf8(std::string& out, unsigned cp)
{
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// Reads the JSON string at s[i] (its opening quote) into `out`, unescaped; i ends past it.
bool readString(std::string_view s, std::size_t& i, std::string& out)
{
    out.clear();
    if (i >= s.size() || s[i] != '"') return false;
    for (++i; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '"') {
            ++i;
            return true;
        }
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= s.size()) return false;
        switch (s[i]) {
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'u': {
            if (i + 4 >= s.size()) return false;
            unsigned cp = 0;
            for (int k = 1; k <= 4; ++k) {
                const char h = s[i + std::size_t(k)];
                const int digit = h >= '0' && h <= '9'   ? h - '0'
                                  : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                  : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                         : -1;
                if (digit < 0) return false;
                cp = cp * 16 + unsigned(digit);
            }
            i += 4;
            appendUtf8(out, cp);
            break;
        }
        default: // \" \\ \/
            out += s[i];
        }
    }
    return false;
}

} // namespace

namespace AttributeCodec {

bool decodeUtf8(std::string_view json, std::vector<std::pair<std::string, std::string>>& out)
{
    std::size_t n = 0, i = 0;
    const auto fail = [&] {
        out.clear();
        return false;
    };
    const auto expect = [&](char c) {
        if (i >= json.size() || json[i] != c) return false;
        ++i;
        return true;
    };
    if (json.empty()) {
        out.clear();
        return true;
    }
    if (!expect('[')) return fail();
    while (i < json.size() && json[i] != ']') {
        if (n > 0 && !expect(',')) return fail();
        if (n == out.size()) out.emplace_back();
        auto& [name, value] = out[n++];
        if (!expect('[') || !readString(json, i, name) || !expect(',') ||
            !readString(json, i, value) || !expect(']'))
            return fail();
    }
    if (!expect(']') || i != json.size()) return fail();
    out.resize(n);
    return true;
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
