#include "io/EventLineWriter.h"

#include "base/Error.h"
#include "io/CsvFormula.h"
#include "store/AttributeCodec.h"
#include "time/FuzzyDate.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <string_view>

namespace {

using Field = EventLineWriter::Field;

constexpr const char* kNames[] = {"id",           "title",       "start",         "end",
                                  "precision",    "approximate", "lat",           "lon",
                                  "location",     "category",    "actors",        "fatalities",
                                  "sources",      "source_urls", "description",   "external_id",
                                  "sub_category", "tags",        "geo_precision", "attributes",
                                  "attr:NAME"};
constexpr int kFieldCount = int(std::size(kNames));
static_assert(kFieldCount == int(Field::Attribute) + 1);
constexpr std::string_view kAttributePrefix = "attr:";

constexpr char kListSeparator = 0x1f; // StoreLists::kSeparator

// Length of the valid UTF-8 sequence at s[i], or 0 when it is not one.
std::size_t utf8Length(std::string_view s, std::size_t i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    unsigned min = 0;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4, min = 0x10000;
    else
        return 0;
    if (i + n > s.size()) return 0;
    unsigned cp = c & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

// Appends text, escaped as a JSON string's content (json) or as it is (CSV); bytes that are
// not UTF-8 become U+FFFD.
void appendText(std::string& out, std::string_view s, bool json)
{
    for (std::size_t i = 0; i < s.size();) {
        // Runs of printable ASCII, the bulk of most text, are copied at once.
        std::size_t run = i;
        while (run < s.size() && s[run] >= 0x20 && s[run] != '"' && s[run] != '\\' &&
               static_cast<unsigned char>(s[run]) < 0x80)
            ++run;
        out.append(s.data() + i, run - i);
        i = run;
        if (i == s.size()) break;
        const char c = s[i];
        if (static_cast<unsigned char>(c) >= 0x80) {
            const std::size_t n = utf8Length(s, i);
            if (n == 0) {
                out += "\xEF\xBF\xBD";
                ++i;
            } else {
                out.append(s.data() + i, n);
                i += n;
            }
            continue;
        }
        ++i;
        if (!json || (c >= 0x20 && c != '"' && c != '\\')) {
            out += c;
            continue;
        }
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
            out += buf;
        }
        }
    }
}

void appendJsonString(std::string& out, std::string_view s)
{
    out += '"';
    appendText(out, s, true);
    out += '"';
}

void appendJsonStringOrNull(std::string& out, std::string_view s)
{
    if (s.empty())
        out += "null";
    else
        appendJsonString(out, s);
}

void appendInt(std::string& out, qint64 v)
{
    char buf[24];
    out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

// The shortest text that reads back as the same double, as JSON writers print numbers.
void appendDouble(std::string& out, double v)
{
    char buf[32];
    out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

template <typename F> void forEachListItem(std::string_view joined, F f)
{
    if (joined.empty()) return;
    for (std::size_t start = 0;;) {
        const std::size_t end = joined.find(kListSeparator, start);
        f(joined.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) return;
        start = end + 1;
    }
}

void appendJsonList(std::string& out, std::string_view joined)
{
    out += '[';
    bool first = true;
    forEachListItem(joined, [&](std::string_view item) {
        if (!first) out += ',';
        first = false;
        appendJsonString(out, item);
    });
    out += ']';
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

std::string isoStart(const EventRecord& e)
{
    return utf8(FuzzyDate{e.start, e.precision}.toIso());
}

std::string isoEnd(const EventRecord& e)
{
    return e.end ? utf8(FuzzyDate{*e.end, e.precision}.toIso()) : std::string();
}

// One CSV field, quoted when it holds a comma, a quote or a line break; a formula-like one
// (= + - @, not a number) gets an apostrophe, as spreadsheets read it as text (CsvFormula).
void appendCsvField(std::string& out, std::string_view s)
{
    const bool guard = CsvFormula::needsGuard(s);
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
        if (guard) out += '\'';
        appendText(out, s, false);
        return;
    }
    out += '"';
    if (guard) out += '\'';
    for (std::size_t start = 0;;) {
        const std::size_t quote = s.find('"', start);
        appendText(out, s.substr(start, quote == std::string_view::npos ? quote : quote - start),
                   false);
        if (quote == std::string_view::npos) break;
        out += "\"\"";
        start = quote + 1;
    }
    out += '"';
}

// The attributes as one JSON object, in their order (a name the source repeats is repeated).
void appendAttributesObject(std::string& out,
                            const std::vector<std::pair<std::string, std::string>>& pairs)
{
    out += '{';
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        if (k) out += ',';
        appendJsonString(out, pairs[k].first);
        out += ':';
        appendJsonString(out, pairs[k].second);
    }
    out += '}';
}

// A list as one CSV field, its items joined by `separator`.
std::string joined(std::string_view list, const char* separator)
{
    std::string out;
    forEachListItem(list, [&](std::string_view item) {
        if (!out.empty()) out += separator;
        out += item;
    });
    return out;
}

} // namespace

std::vector<Field> EventLineWriter::allFields(Format format)
{
    std::vector<Field> out;
    for (int f = 0; f < kFieldCount; ++f)
        if ((format == Format::Csv || Field(f) != Field::SourceUrls) &&
            Field(f) != Field::Attribute)
            out.push_back(Field(f));
    return out;
}

QStringList EventLineWriter::fieldNames()
{
    QStringList out;
    for (const char* name : kNames)
        out << QString::fromLatin1(name);
    return out;
}

std::vector<EventLineWriter::Field> EventLineWriter::parseFields(const QString& list,
                                                                 QStringList* attributes)
{
    std::vector<Field> out;
    const QStringList names = fieldNames();
    for (const QString& part : list.split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (name.startsWith(QLatin1String("attr:"), Qt::CaseInsensitive) && name.size() > 5) {
            out.push_back(Field::Attribute);
            if (attributes) *attributes << name.mid(5);
            continue;
        }
        const int f = int(names.indexOf(name.toLower()));
        if (f < 0 || Field(f) == Field::Attribute)
            throw tigris::Error(QStringLiteral("'%1' is not a field; the fields are %2 (an "
                                               "attribute of the source is named attr:NAME, "
                                               "e.g. attr:%1)")
                                    .arg(name, names.join(QStringLiteral(", "))),
                                {{}, 0, 0, name});
        out.push_back(Field(f));
    }
    return out;
}

EventLineWriter::EventLineWriter(Format format, std::vector<Field> fields,
                                 const QStringList& attributes)
    : format_(format), fields_(std::move(fields)), names_(fields_.size())
{
    qsizetype next = 0;
    for (std::size_t i = 0; i < fields_.size(); ++i)
        if (fields_[i] == Field::Attribute) names_[i] = attributes.value(next++).toStdString();
}

bool EventLineWriter::needsAttributes() const
{
    return std::any_of(fields_.begin(), fields_.end(),
                       [](Field f) { return f == Field::Attributes || f == Field::Attribute; });
}

void EventLineWriter::decodeAttributes(const EventRecord& e) const
{
    if (needsAttributes()) AttributeCodec::decodeUtf8(e.attributes, pairs_);
}

const std::string* EventLineWriter::attribute(std::size_t field) const
{
    for (const auto& [name, value] : pairs_)
        if (name == names_[field]) return &value;
    return nullptr;
}

void EventLineWriter::appendHeader(std::string& out) const
{
    if (format_ != Format::Csv) return;
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        if (i) out += ',';
        if (fields_[i] == Field::Attribute) {
            std::string header(kAttributePrefix);
            header += names_[i];
            appendCsvField(out, header);
        } else {
            out += kNames[int(fields_[i])];
        }
    }
    out += "\r\n";
}

void EventLineWriter::append(const EventRecord& e, std::string& out) const
{
    decodeAttributes(e);
    if (format_ == Format::Csv)
        appendCsv(e, out);
    else
        appendJson(e, out);
}

void EventLineWriter::appendJson(const EventRecord& e, std::string& out) const
{
    out += '{';
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        if (i) out += ',';
        if (fields_[i] == Field::Attribute) {
            std::string key(kAttributePrefix);
            key += names_[i];
            appendJsonString(out, key);
        } else {
            out += '"';
            out += kNames[int(fields_[i])];
            out += '"';
        }
        out += ':';
        switch (fields_[i]) {
        case Field::Id:
            appendInt(out, e.id);
            break;
        case Field::Title:
            appendJsonString(out, e.title);
            break;
        case Field::Start:
            appendJsonString(out, isoStart(e));
            break;
        case Field::End:
            appendJsonStringOrNull(out, isoEnd(e));
            break;
        case Field::Precision:
            appendJsonString(out, utf8(toString(e.precision)));
            break;
        case Field::Approximate:
            out += e.approximate ? "true" : "false";
            break;
        case Field::Lat:
            std::isnan(e.lat) ? void(out += "null") : appendDouble(out, e.lat);
            break;
        case Field::Lon:
            std::isnan(e.lon) ? void(out += "null") : appendDouble(out, e.lon);
            break;
        case Field::Location:
            appendJsonStringOrNull(out, e.location);
            break;
        case Field::Category:
            appendJsonString(out, e.category);
            break;
        case Field::Actors:
            appendJsonList(out, e.actors);
            break;
        case Field::Fatalities:
            e.fatalities ? appendInt(out, *e.fatalities) : void(out += "null");
            break;
        case Field::Sources:
            out += '[';
            for (std::size_t s = 0; s < e.sources.size(); ++s) {
                const EventRecord::Source& source = e.sources[s];
                out += s ? ",{\"name\":" : "{\"name\":";
                appendJsonString(out, source.name);
                if (!source.url.empty()) {
                    out += ",\"url\":";
                    appendJsonString(out, source.url);
                }
                if (!source.quote.empty()) {
                    out += ",\"quote\":";
                    appendJsonString(out, source.quote);
                }
                out += '}';
            }
            out += ']';
            break;
        case Field::SourceUrls: {
            out += '[';
            bool first = true;
            for (const auto& source : e.sources) {
                if (source.url.empty()) continue;
                if (!first) out += ',';
                first = false;
                appendJsonString(out, source.url);
            }
            out += ']';
            break;
        }
        case Field::Description:
            appendJsonString(out, e.description);
            break;
        case Field::ExternalId:
            appendJsonStringOrNull(out, e.externalId);
            break;
        case Field::SubCategory:
            appendJsonString(out, e.subCategory);
            break;
        case Field::Tags:
            appendJsonList(out, e.tags);
            break;
        case Field::GeoPrecision:
            appendJsonString(out, utf8(toString(e.geoPrecision)));
            break;
        case Field::Attributes:
            appendAttributesObject(out, pairs_);
            break;
        case Field::Attribute:
            if (const std::string* v = attribute(i))
                appendJsonString(out, *v);
            else
                out += "null";
            break;
        }
    }
    out += "}\n";
}

void EventLineWriter::appendCsv(const EventRecord& e, std::string& out) const
{
    char buf[32];
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        if (i) out += ',';
        switch (fields_[i]) {
        case Field::Id:
            appendInt(out, e.id);
            break;
        case Field::Title:
            appendCsvField(out, e.title);
            break;
        case Field::Start:
            appendCsvField(out, isoStart(e));
            break;
        case Field::End:
            appendCsvField(out, isoEnd(e));
            break;
        case Field::Precision:
            out += utf8(toString(e.precision));
            break;
        case Field::Approximate:
            out += e.approximate ? "true" : "false";
            break;
        case Field::Lat:
        case Field::Lon: {
            const double v = fields_[i] == Field::Lat ? e.lat : e.lon;
            if (!std::isnan(v))
                out.append(buf, std::size_t(std::snprintf(buf, sizeof buf, "%.6f", v)));
            break;
        }
        case Field::Location:
            appendCsvField(out, e.location);
            break;
        case Field::Category:
            appendCsvField(out, e.category);
            break;
        case Field::Actors:
            appendCsvField(out, joined(e.actors, "; "));
            break;
        case Field::Fatalities:
            if (e.fatalities) appendInt(out, *e.fatalities);
            break;
        case Field::Sources:
        case Field::SourceUrls: {
            std::string list;
            for (const auto& s : e.sources) {
                const std::string& item = fields_[i] == Field::Sources ? s.name : s.url;
                if (item.empty() && fields_[i] == Field::SourceUrls) continue;
                if (!list.empty()) list += fields_[i] == Field::Sources ? "; " : " ";
                list += item;
            }
            appendCsvField(out, list);
            break;
        }
        case Field::Description:
            appendCsvField(out, e.description);
            break;
        case Field::ExternalId:
            appendCsvField(out, e.externalId);
            break;
        case Field::SubCategory:
            appendCsvField(out, e.subCategory);
            break;
        case Field::Tags:
            appendCsvField(out, joined(e.tags, "; "));
            break;
        case Field::GeoPrecision:
            out += utf8(toString(e.geoPrecision));
            break;
        case Field::Attributes: {
            if (pairs_.empty()) break;
            std::string object;
            appendAttributesObject(object, pairs_);
            appendCsvField(out, object);
            break;
        }
        case Field::Attribute:
            if (const std::string* v = attribute(i)) appendCsvField(out, *v);
            break;
        }
    }
    out += "\r\n";
}
