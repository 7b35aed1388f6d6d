#include "store/EventRecordReader.h"

#include "store/EventFlags.h"
#include "store/ProjectSchema.h"
#include "store/SourceListCodec.h"
#include "store/StoreError.h"

#include <QByteArray>
#include <algorithm>
#include <numeric>

namespace {
// Rows held at once. Small enough that its strings are allocated once and reused for the
// next chunks (a 4096-row chunk first-touched ~4 MB of fresh heap for a 5.5k-row answer:
// 5-10 % of the query's CPU); large enough for the id order to keep pages together.
constexpr std::size_t kChunk = 512;

void assign(std::string& to, const SqliteStatement& s, int c)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s.get(), c));
    to.assign(text ? text : "", text ? std::size_t(sqlite3_column_bytes(s.get(), c)) : 0);
}
// Columns 0-15 always; then the sources (16, schema 9) and the attributes (last), when read.
QByteArray rowSql(bool withAttributes, bool inlineSources)
{
    return QByteArray("SELECT e.external_id, e.title, e.description, e.start, e.\"end\", "
                      "e.precision, e.approximate, c.name, e.sub_category, e.actors, e.tags, "
                      "e.fatalities, COALESCE(l.name, e.place), e.lat, e.lon, e.geo_precision") +
           (inlineSources ? ", e.sources" : "") + (withAttributes ? ", e.attributes " : " ") +
           "FROM events e LEFT JOIN categories c ON c.id = e.category_id "
           "LEFT JOIN locations l ON l.id = e.location_id WHERE e.id = ?";
}
} // namespace

EventRecordReader::EventRecordReader(sqlite3* db, int schemaVersion, bool withAttributes)
    : db_(db), withAttributes_(withAttributes),
      inlineSources_(schemaVersion >= ProjectSchema::kInlineSources),
      row_(db, rowSql(withAttributes, inlineSources_).constData())
{
}

bool EventRecordReader::read(qint64 id, EventRecord& r)
{
    row_.bind(1, id);
    if (!row_.step()) {
        row_.reset();
        return false;
    }
    r.id = id;
    assign(r.externalId, row_, 0);
    assign(r.title, row_, 1);
    assign(r.description, row_, 2);
    r.start = row_.int64(3);
    r.end = row_.isNull(4) ? std::nullopt : std::optional<qint64>(row_.int64(4));
    r.precision = static_cast<DatePrecision>(row_.int64(5));
    r.approximate = (row_.int64(6) & EventFlags::kApproximate) != 0; // other bits: open spans
    assign(r.category, row_, 7);
    assign(r.subCategory, row_, 8);
    assign(r.actors, row_, 9);
    assign(r.tags, row_, 10);
    r.fatalities = row_.isNull(11) ? std::nullopt : std::optional<int>(int(row_.int64(11)));
    assign(r.location, row_, 12);
    r.lat = row_.isNull(13) ? std::nan("") : row_.real(13);
    r.lon = row_.isNull(14) ? std::nan("") : row_.real(14);
    r.geoPrecision = static_cast<GeoPrecision>(row_.int64(15));
    const int attributes = inlineSources_ ? 17 : 16;
    if (withAttributes_) assign(r.attributes, row_, attributes);
    const bool sourcesInRow = inlineSources_ && !row_.isNull(16);
    if (sourcesInRow) {
        const auto* json = reinterpret_cast<const char*>(sqlite3_column_text(row_.get(), 16));
        const std::string_view text(json, std::size_t(sqlite3_column_bytes(row_.get(), 16)));
        if (!SourceListCodec::decodeUtf8(text, r.sources)) {
            row_.reset();
            throw StoreError(SourceListCodec::damagedReason(id),
                             {QString::fromUtf8(sqlite3_db_filename(db_, "main"))});
        }
    }
    row_.reset();
    if (!sourcesInRow) readSourceRows(id, r);
    return true;
}

void EventRecordReader::readSourceRows(qint64 id, EventRecord& r)
{
    if (!sources_)
        sources_.emplace(
            db_, "SELECT name, url, quote FROM sources WHERE event_id = ? ORDER BY ordinal");
    SqliteStatement& s = *sources_;
    s.bind(1, id);
    std::size_t n = 0;
    while (s.step()) {
        if (n == r.sources.size()) r.sources.emplace_back();
        EventRecord::Source& source = r.sources[n++];
        assign(source.name, s, 0);
        assign(source.url, s, 1);
        assign(source.quote, s, 2);
    }
    s.reset();
    r.sources.resize(n);
}

void EventRecordReader::forEach(std::vector<std::pair<qint64, qint64>> matches,
                                const std::function<void(const EventRecord&)>& f)
{
    std::sort(matches.begin(), matches.end());
    // One snapshot for the whole answer, unless the caller is inside a transaction already.
    const bool ownTransaction = sqlite3_get_autocommit(db_) != 0;
    if (ownTransaction) sqliteExec(db_, "BEGIN");
    try {
        std::vector<EventRecord> chunk(std::min(kChunk, matches.size()));
        std::vector<bool> found(chunk.size());
        std::vector<std::size_t> byId(chunk.size());
        for (std::size_t first = 0; first < matches.size(); first += kChunk) {
            const std::size_t n = std::min(kChunk, matches.size() - first);
            byId.resize(n);
            std::iota(byId.begin(), byId.end(), std::size_t(0));
            std::sort(byId.begin(), byId.end(), [&](std::size_t a, std::size_t b) {
                return matches[first + a].second < matches[first + b].second;
            });
            for (const std::size_t k : byId)
                found[k] = read(matches[first + k].second, chunk[k]);
            for (std::size_t k = 0; k < n; ++k)
                if (found[k]) f(chunk[k]);
        }
    } catch (...) {
        if (ownTransaction) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    if (ownTransaction) sqliteExec(db_, "COMMIT");
}
