#include "store/PgEventWriter.h"

#include "model/Category.h"
#include "store/AttributeCodec.h"
#include "store/EventFlags.h"
#include "store/PgBinaryCopy.h"
#include "store/PgConnection.h"
#include "store/PgSchema.h"
#include "store/PgTextVector.h"
#include "store/SearchTokens.h"
#include "store/StoreLists.h"

namespace {

constexpr qsizetype kSendBytes = 1 << 20;  // events are sent a megabyte at a time
constexpr qsizetype kSideBytes = 16 << 20; // locations and sources staged up to this
constexpr int kEventFields = 28;           // the columns of events
constexpr qint32 kWgs84 = 4326;

// The staged events have the columns of `events`, in its order, so that a row is written the
// same way whether it goes to the staging table or straight into the project's own table.
constexpr const char* kStageTables = R"SQL(
CREATE TEMP TABLE tigris_stage_events (LIKE events INCLUDING DEFAULTS) ON COMMIT DROP;
CREATE TEMP TABLE tigris_stage_sources (LIKE event_sources) ON COMMIT DROP;
CREATE TEMP TABLE tigris_stage_locations(
  id int8, name text, alt_names text, lat float8, lon float8, kind text, admin1 text,
  country text, search text, import_id int8) ON COMMIT DROP;
)SQL";

// What the text index holds: the project file's FTS5 tokens (lower case, Latin diacritics
// and Arabic folded), made on this side, so that the server's locale changes nothing
// ('simple' splits and lower-cases only what its locale knows).
QByteArray searchText(const QString& text)
{
    return SearchTokens::ofDocument(text);
}

QByteArray utf8OrNull(const QString& s)
{
    return s.isEmpty() ? QByteArray() : s.toUtf8();
}

void startCopy(QByteArray& buffer)
{
    PgCopyEncoder(buffer).header();
}

} // namespace

PgEventWriter::PgEventWriter(PgConnection& db, qint64 projectId, QByteArray channel, bool* writing)
    : db_(db), project_(projectId), projectSql_(QByteArray::number(projectId)),
      channel_(std::move(channel)), writing_(writing)
{
    eventIds_.sequence = PgSchema::eventIdSequence(projectId);
    locationIds_.sequence = PgSchema::locationIdSequence(projectId);
    transaction_ = std::make_unique<PgTransaction>(db_);
    db_.exec(kStageTables, "preparing the import");
    sourcesUnderPolicies_ =
        db_.exec("SELECT row_security_active('event_sources')", PgParams(), "preparing the import")
            .text(0, 0) == QLatin1String("t");
    startCopy(locations_);
    startCopy(sources_);
    *writing_ = true;
}

PgEventWriter::~PgEventWriter()
{
    db_.abortCopyIn();
    transaction_.reset(); // rolls back unless committed
    *writing_ = false;
}

qint64 PgEventWriter::nextId(IdBlocks& blocks)
{
    if (blocks.next == blocks.end) {
        if (blocks.starts.empty()) {
            endEventCopy();
            const PgResult r =
                db_.exec("SELECT nextval('" + blocks.sequence + "') FROM generate_series(1, $1)",
                         PgParams().integer(blocks.fetch), "reserving ids");
            for (int i = r.rows() - 1; i >= 0; --i)
                blocks.starts.push_back(r.int64(i, 0));
            blocks.fetch = std::min(blocks.fetch * 2, 256);
        }
        blocks.next = blocks.starts.back();
        blocks.end = blocks.next + PgSchema::kIdBlock;
        blocks.starts.pop_back();
    }
    return blocks.next++;
}

void PgEventWriter::loadLocations()
{
    if (locationsByName_) return;
    endEventCopy();
    locationsByName_.emplace();
    const PgResult r = db_.exec("SELECT id, name, coalesce(country, ''), lat, lon, search FROM "
                                "locations WHERE project_id=$1 ORDER BY id",
                                PgParams().integer(project_), "reading the locations");
    for (int i = 0; i < r.rows(); ++i) {
        const qint64 id = r.int64(i, 0);
        (*locationsByName_)[r.text(i, 1)].emplace_back(id, r.text(i, 2));
        const auto coordinate = [&](int column) {
            return r.isNull(i, column) ? std::nan("") : r.text(i, column).toDouble();
        };
        places_.insert(id, Place{coordinate(3), coordinate(4), r.bytes(i, 5)});
    }
}

qint64 PgEventWriter::addLocation(const Location& l)
{
    loadLocations();
    const qint64 id = nextId(locationIds_);
    (*locationsByName_)[l.name].emplace_back(id, l.country);
    const QByteArray search = searchText(
        l.altNames.isEmpty() ? l.name
                             : l.name + QLatin1Char(' ') + l.altNames.join(QLatin1Char(' ')));
    places_.insert(id, Place{l.hasCoordinate() ? l.lat : std::nan(""),
                             l.hasCoordinate() ? l.lon : std::nan(""), search});
    const QString altNames = StoreLists::join(l.altNames);
    PgCopyEncoder out(locations_);
    out.row(10);
    out.int8(id);
    out.text(l.name.toUtf8());
    out.text(altNames.toUtf8());
    out.float8(l.hasCoordinate() ? l.lat : std::nan(""));
    out.float8(l.hasCoordinate() ? l.lon : std::nan(""));
    out.text(utf8OrNull(l.kind));
    out.text(utf8OrNull(l.admin1));
    out.text(utf8OrNull(l.country));
    out.text(search);
    if (importId_ > 0)
        out.int8(importId_);
    else
        out.null();
    ++stagedLocations_;
    if (locations_.size() > kSideBytes) moveStaged();
    return id;
}

qint64 PgEventWriter::findLocation(const QString& name, const QString& country)
{
    loadLocations();
    const auto it = locationsByName_->constFind(name);
    if (it == locationsByName_->cend()) return 0;
    qint64 best = 0;
    for (const auto& [id, c] : *it)
        if ((country.isEmpty() || c == country) && (best == 0 || id < best)) best = id;
    return best;
}

qint64 PgEventWriter::addEvent(const Event& e)
{
    if (e.title.isEmpty()) throw StoreError(QStringLiteral("an event needs a title"));
    const Place* place = nullptr;
    if (e.locationId) {
        loadLocations();
        const auto it = places_.constFind(*e.locationId);
        if (it == places_.cend())
            throw StoreError(QStringLiteral("an event refers to location %1, which does not exist")
                                 .arg(*e.locationId));
        place = &*it;
    }
    const qint64 category = e.category.isEmpty() ? 0 : categoryId(e.category);
    const qint64 id = nextId(eventIds_);
    if (eventTable_ == EventTable::Unknown) chooseEventTable();

    const QByteArray attributes = AttributeCodec::encode(e.attributes);
    QString search = e.title + QLatin1Char('\n') + e.description;
    if (!e.attributes.isEmpty())
        search += QLatin1Char('\n') + QString::fromUtf8(AttributeCodec::searchText(e.attributes));
    search += QLatin1Char('\n') + e.actors.join(QLatin1Char(' '));
    if (!e.locationId) search += QLatin1Char('\n') + e.locationName;
    // The effective position is the event's own or its location's.
    const bool own = e.hasCoordinate();
    const double lat = own ? e.lat : (place ? place->lat : std::nan(""));
    const double lon = own ? e.lon : (place ? place->lon : std::nan(""));

    PgCopyEncoder out(events_);
    out.row(kEventFields);
    out.int8(project_);
    out.int8(id);
    out.text(utf8OrNull(e.externalId));
    out.text(e.title.toUtf8());
    out.text(e.description.toUtf8());
    out.int8(e.start);
    if (e.end)
        out.int8(*e.end);
    else
        out.null();
    out.int2(qint16(e.precision));
    out.int2(qint16(EventFlags::pack(e)));
    out.int8(e.spanBegin());
    out.int8(e.spanEnd());
    if (category > 0)
        out.int8(category);
    else
        out.null();
    out.text(e.subCategory.toUtf8());
    out.text(StoreLists::join(e.actors).toUtf8());
    out.text(StoreLists::join(e.tags).toUtf8());
    if (e.fatalities)
        out.int4(*e.fatalities);
    else
        out.null();
    if (e.locationId) {
        out.int8(*e.locationId);
        out.null(); // the place is the location's
    } else {
        out.null();
        out.text(e.locationName.toUtf8());
    }
    out.float8(lat);
    out.float8(lon);
    out.boolean(own);
    out.int2(qint16(e.geoPrecision));
    out.text(attributes.isEmpty() ? QByteArray() : attributes);
    out.boolean(e.titleDerived);
    if (importId_ > 0)
        out.int8(importId_);
    else
        out.null();
    out.point(lon, lat, kWgs84);
    // The text vector in binary form: the event's words, then its location's.
    const QByteArray words = searchText(search);
    out.text(
        PgTextVector::encode({words, place ? QByteArrayView(place->search) : QByteArrayView()}));
    out.int8(revision_); // staged rows get theirs when they move
    ++stagedEvents_;
    stats_.add(e.spanBegin(), e.spanEnd(), lat, lon);

    for (qsizetype i = 0; i < e.sources.size(); ++i) {
        PgCopyEncoder s(sources_);
        s.row(6);
        s.int8(project_);
        s.int8(id);
        s.int4(qint32(i));
        s.text(e.sources[i].name.toUtf8());
        s.text(e.sources[i].url.toUtf8());
        s.text(e.sources[i].quote.toUtf8());
        ++stagedSources_;
    }
    if (sources_.size() > kSideBytes) {
        endEventCopy();
        moveSources();
    }
    sendEvents(false);
    return id;
}

void PgEventWriter::sendEvents(bool force)
{
    if (events_.isEmpty() || (!force && events_.size() < kSendBytes)) return;
    if (!db_.isCopying()) {
        // Straight into the project's own table, made in this transaction: FREEZE writes the
        // rows as visible to all, so that no VACUUM has to visit them for index-only scans.
        db_.beginCopyIn(eventTable_ == EventTable::Unattached
                            ? "COPY " + PgSchema::eventsPartition(project_) +
                                  " FROM STDIN (FORMAT binary, FREEZE)"
                            : QByteArray("COPY tigris_stage_events FROM STDIN (FORMAT binary)"),
                        "importing");
        // Every COPY starts with the header; the rows after it need nothing else.
        QByteArray header;
        startCopy(header);
        db_.putCopyData(header, "importing");
    }
    db_.putCopyData(events_, "importing");
    events_.clear();
}

void PgEventWriter::endEventCopy()
{
    sendEvents(true);
    if (!db_.isCopying()) return;
    QByteArray trailer;
    PgCopyEncoder(trailer).trailer();
    db_.putCopyData(trailer, "importing");
    db_.endCopyIn("importing");
}

void PgEventWriter::copyBuffer(const char* table, QByteArray& buffer, int rows)
{
    if (rows > 0) {
        PgCopyEncoder(buffer).trailer();
        db_.copyIn(
            QByteArray("COPY ") + table + " FROM STDIN (FORMAT binary)",
            [&](QByteArray& chunk) {
                chunk.swap(buffer);
                return false;
            },
            "importing");
    }
    buffer.clear();
    startCopy(buffer);
}

void PgEventWriter::moveSources()
{
    if (stagedSources_ == 0) return;
    if (sourcesUnderPolicies_) {
        // COPY refuses a table whose row-level security applies to this role (an editor's,
        // resources/sql/roles.sql): through a staging table and one INSERT the policies check.
        copyBuffer("tigris_stage_sources", sources_, stagedSources_);
        db_.exec("INSERT INTO event_sources SELECT * FROM tigris_stage_sources; "
                 "TRUNCATE tigris_stage_sources",
                 "storing the events' sources");
    } else {
        copyBuffer("event_sources(project_id, event_id, ordinal, name, url, quote)", sources_,
                   stagedSources_);
    }
    stagedSources_ = 0;
}

qint64 PgEventWriter::categoryRevision()
{
    // Not taken here: that would lock the project's row for the rest of the import.
    if (revision_ > 0) return revision_;
    pendingCategories_ = true;
    return -1;
}

qint64 PgEventWriter::takeRevision()
{
    if (revision_ == 0) {
        // Locks the project's row to the commit: revisions become visible in their order.
        const PgResult r = db_.exec("UPDATE projects SET revision = revision + 1 WHERE id=$1 "
                                    "RETURNING revision",
                                    PgParams().integer(project_), "saving the change");
        revision_ = r.int64(0, 0);
    }
    return revision_;
}

void PgEventWriter::moveStaged()
{
    endEventCopy();
    const bool any =
        stagedLocations_ > 0 || stagedEvents_ > 0 || stagedSources_ > 0 || pendingCategories_;
    if (!any) return;
    const QByteArray rev = QByteArray::number(takeRevision());
    if (pendingCategories_) {
        db_.exec("UPDATE categories SET revision = " + rev + " WHERE project_id = " + projectSql_ +
                     " AND revision = -1",
                 "storing the categories");
        pendingCategories_ = false;
    }
    if (stagedLocations_ > 0) {
        copyBuffer("tigris_stage_locations", locations_, stagedLocations_);
        stagedLocations_ = 0;
        db_.exec("INSERT INTO locations(project_id, id, name, alt_names, lat, lon, kind, admin1, "
                 "country, search, import_id, revision) SELECT " +
                     projectSql_ +
                     ", id, name, alt_names, lat, lon, kind, admin1, country, search, import_id, " +
                     rev + " FROM tigris_stage_locations; TRUNCATE tigris_stage_locations",
                 "storing the locations");
    }
    if (stagedEvents_ > 0) {
        if (eventTable_ == EventTable::Events) {
            db_.exec("INSERT INTO events SELECT project_id, id, external_id, title, description, "
                     "start, \"end\", precision, approximate, span_lo, span_hi, category_id, "
                     "sub_category, actors, tags, fatalities, location_id, place, lat, lon, "
                     "own_coord, geo_precision, attributes, title_derived, import_id, geom, "
                     "search, " +
                         rev +
                         " FROM tigris_stage_events ORDER BY id; TRUNCATE tigris_stage_events",
                     "storing the events");
            movedThrough_ += stagedEvents_;
        }
        movedEvents_ += stagedEvents_;
        stagedEvents_ = 0;
        // Merged into the stored statistics (least/greatest skip NULLs).
        PgParams p;
        p.integer(project_).integer(stats_.events).integer(stats_.from).integer(stats_.to);
        for (const double v : {stats_.west, stats_.south, stats_.east, stats_.north}) {
            if (std::isnan(v))
                p.null();
            else
                p.text(QByteArray::number(v, 'g', 17));
        }
        stats_ = Stats{};
        db_.exec("UPDATE event_stats SET events = events + $2::bigint, "
                 "time_from = least(time_from, $3::bigint), "
                 "time_to = greatest(time_to, $4::bigint), west = least(west, $5::float8), "
                 "south = least(south, $6::float8), east = greatest(east, $7::float8), "
                 "north = greatest(north, $8::float8) WHERE project_id = $1",
                 p, "updating the statistics");
    }
    moveSources();
}

qint64 PgEventWriter::categoryId(const QString& name)
{
    const auto it = categories_.constFind(name);
    if (it != categories_.cend()) return *it;
    endEventCopy();
    const PgResult found =
        db_.exec("SELECT id FROM categories WHERE project_id=$1 AND name=$2",
                 PgParams().integer(project_).text(name), "reading the categories");
    qint64 id = 0;
    if (found.rows() > 0) {
        id = found.int64(0, 0);
    } else {
        // A colour no other category of the project has (rare: once per new name).
        std::vector<QRgb> taken;
        const PgResult colours = db_.exec("SELECT colour FROM categories WHERE project_id=$1",
                                          PgParams().integer(project_), "reading the categories");
        for (int i = 0; i < colours.rows(); ++i)
            if (const auto rgb = Category::rgbFromText(colours.text(i, 0))) taken.push_back(*rgb);
        const PgResult r = db_.exec(
            "INSERT INTO categories(project_id, id, name, colour, import_id, revision) "
            "VALUES($1, nextval('" +
                PgSchema::categoryIdSequence(project_) + "'), $2, $3, $4, $5) RETURNING id",
            PgParams()
                .integer(project_)
                .text(name)
                .text(Category::textOf(Category::defaultRgbFor(name, taken)))
                .text(importId_ > 0 ? QByteArray::number(importId_) : QByteArray())
                .integer(categoryRevision()),
            "adding a category");
        id = r.int64(0, 0);
    }
    categories_.insert(name, id);
    return id;
}

void PgEventWriter::setCategoryColour(const QString& name, QRgb colour)
{
    endEventCopy();
    db_.exec("INSERT INTO categories(project_id, id, name, colour, import_id, revision) "
             "VALUES($1, nextval('" +
                 PgSchema::categoryIdSequence(project_) +
                 "'), $2, $3, $4, $5) "
                 "ON CONFLICT(project_id, name) DO UPDATE SET colour = excluded.colour, "
                 "revision = excluded.revision",
             PgParams()
                 .integer(project_)
                 .text(name)
                 .text(Category::textOf(colour))
                 .text(importId_ > 0 ? QByteArray::number(importId_) : QByteArray())
                 .integer(categoryRevision()),
             "setting a category's colour");
    categories_.remove(name);
}

void PgEventWriter::setImportId(qint64 importId)
{
    importId_ = importId;
}

void PgEventWriter::Stats::add(qint64 lo, qint64 hi, double lat, double lon)
{
    from = events ? std::min(from, lo) : lo;
    to = events ? std::max(to, hi) : hi;
    ++events;
    if (std::isnan(lat) || std::isnan(lon)) return;
    west = std::isnan(west) ? lon : std::min(west, lon);
    east = std::isnan(east) ? lon : std::max(east, lon);
    south = std::isnan(south) ? lat : std::min(south, lat);
    north = std::isnan(north) ? lat : std::max(north, lat);
}

void PgEventWriter::chooseEventTable()
{
    endEventCopy();
    if (PgSchema::beginEventsPartition(db_, project_)) {
        eventTable_ = EventTable::Unattached;
        // Its rows carry the revision as they are written: taken now, it locks the project's
        // row to the commit (a new project's: few wait for it).
        takeRevision();
    } else {
        eventTable_ = EventTable::Events;
    }
}

void PgEventWriter::attachEvents()
{
    if (eventTable_ != EventTable::Unattached) return;
    PgSchema::attachEventsPartition(db_, project_);
    eventTable_ = EventTable::Events;
    attached_ = true;
}

void PgEventWriter::flush()
{
    moveStaged();
    attachEvents(); // what runs next in the transaction reads the events through `events`
}

void PgEventWriter::commit()
{
    moveStaged();
    attachEvents();
    if (revision_ > 0)
        db_.exec("SELECT pg_notify($1, $2)", PgParams().text(channel_).integer(revision_),
                 "notifying the other clients");
    transaction_->commit();
    // A large import changes what the planner should expect (a window's share of the
    // events), and its pages are not yet known all-visible (index-only scans, loadColumns):
    // both now rather than when autovacuum gets to them. VACUUM skips pages already visible;
    // only the project's table is visited. A table attached by this write was analyzed then.
    // A table this write attached was written frozen and analyzed when attached.
    if (movedThrough_ >= 10000) {
        try {
            db_.exec("VACUUM (ANALYZE) " + PgSchema::eventsPartition(project_),
                     "updating the planner's statistics");
        } catch (const StoreError&) {
            // Best effort: the import is saved; autovacuum analyzes later.
        }
    }
}
