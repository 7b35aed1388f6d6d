#pragma once

#include <QByteArray>
#include <string>
#include <string_view>

// The JSON strings of the codecs that keep lists in one column of an event's row
// (AttributeCodec, SourceListCodec): written and read by hand, as a bulk import encodes a
// million of them and a query decodes as many, where QJsonDocument costs several times more.
namespace JsonStrings {
// Appends `utf8` as a JSON string, quotes included.
void append(QByteArray& out, std::string_view utf8);
inline void append(QByteArray& out, const QByteArray& utf8)
{
    append(out, std::string_view(utf8.constData(), std::size_t(utf8.size())));
}
// Reads the JSON string at s[i] (its opening quote) into `out`, unescaped; i ends past it.
// False for anything else (the caller treats the column as damaged).
bool read(std::string_view s, std::size_t& i, std::string& out);

// Reads a JSON array of arrays of strings, `[["a", "b"], ["c"]]`, the codecs' one shape:
// fieldOf(list, field) gives the string to fill (growing the caller's storage when `list` is
// new), or null past the most fields a list may have; a list needs at least `minFields`, and
// the fields it leaves out are cleared. The number of lists, or -1 when `json` is anything
// else.
template <class FieldOf>
long readStringLists(std::string_view json, std::size_t minFields, FieldOf fieldOf)
{
    std::size_t i = 0, n = 0;
    const auto expect = [&](char c) {
        if (i >= json.size() || json[i] != c) return false;
        ++i;
        return true;
    };
    if (!expect('[')) return -1;
    while (i < json.size() && json[i] != ']') {
        if ((n > 0 && !expect(',')) || !expect('[')) return -1;
        std::size_t f = 0;
        while (i < json.size() && json[i] != ']') {
            std::string* to = fieldOf(n, f);
            if (!to || (f > 0 && !expect(',')) || !read(json, i, *to)) return -1;
            ++f;
        }
        if (f < minFields || !expect(']')) return -1;
        for (std::string* to; (to = fieldOf(n, f)) != nullptr; ++f)
            to->clear();
        ++n;
    }
    if (!expect(']') || i != json.size()) return -1;
    return long(n);
}
} // namespace JsonStrings
