#include "store/StoreWriter.h"

#include "base/ScopeGuard.h"
#include "model/Category.h"
#include "store/ArabicFolding.h"
#include "store/AttributeCodec.h"
#include "store/EventFlags.h"
#include "store/ProjectSchema.h"
#include "store/RtreeBulkLoader.h"
#include "store/SourceListCodec.h"
#include "store/StoreLists.h"
#include "store/TextIndexBuilder.h"
#include "store/ZOrderRuns.h"

#include <algorithm>
#include <sqlite3.h>

namespace {

// The key ZOrderRuns sorts by, for the SQL path (a tree that was not empty at the start).
void zOrder(sqlite3_context* context, int, sqlite3_value** argv)
{
    const quint64 key =
        ZOrderRuns::key(sqlite3_value_double(argv[0]), sqlite3_value_double(argv[1]));
    sqlite3_result_int64(context, static_cast<sqlite3_int64>(key));
}

void bindCoordinate(SqliteStatement& s, int first, double lat, double lon)
{
    if (std::isnan(lat) || std::isnan(lon)) {
        s.bindNull(first);
        s.bindNull(first + 1);
    } else {
        s.bind(first, lat);
        s.bind(first + 1, lon);
    }
}

// A large page cache only while bulk writing: index pages stay in memory instead of being
// re-read. Bounded, so the import's memory does not grow with the input.
constexpr const char* kBulkCache = "PRAGMA cache_size=-65536";  // 64 MiB
constexpr const char* kQuietCache = "PRAGMA cache_size=-16384"; // as EventStore reads

} // namespace

StoreWriter::StoreWriter(sqlite3* db, bool* writing)
    : db_(db), writing_(writing),
      insertEvent_(db, "INSERT INTO events(external_id, title, description, start, \"end\", "
                       "precision, approximate, span_lo, span_hi, category_id, sub_category, "
                       "actors, tags, fatalities, location_id, place, lat, lon, own_coord, "
                       "geo_precision, id, import_id, attributes, title_derived, sources) "
                       "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
      insertText_(db, "INSERT INTO event_text(rowid, title, description, actors, place) "
                      "VALUES(?,?,?,?,?)"),
      insertLocation_(db, "INSERT INTO locations(name, alt_names, lat, lon, kind, admin1, "
                          "country, id, import_id) VALUES(?,?,?,?,?,?,?,?,?)"),
      findLocation_(db, "SELECT id FROM locations WHERE name=?1 AND (?2 IS NULL OR country=?2) "
                        "ORDER BY id LIMIT 1"),
      findCategory_(db, "SELECT id FROM categories WHERE name=?"),
      insertCategory_(db, "INSERT INTO categories(name, colour, import_id) VALUES(?,?,?)"),
      updateCategory_(db, "INSERT INTO categories(name, colour, import_id) VALUES(?1,?2,?3) "
                          "ON CONFLICT(name) DO UPDATE SET colour=?2"),
      locationById_(db, "SELECT name, alt_names, lat, lon FROM locations WHERE id=?")
{
    sqliteExec(db, kBulkCache);
    {
        // Filling an empty project: with a rollback journal the pages go straight to the file
        // (the journal of a new file is nearly empty) instead of through the WAL and a
        // checkpoint that writes everything twice. Fails harmlessly if others have it open.
        SqliteStatement empty(db, "SELECT NOT EXISTS(SELECT 1 FROM events)");
        const bool isEmpty = empty.step() && empty.int64(0) != 0;
        empty.reset(); // ends its read transaction: the journal mode can only change outside
        if (isEmpty) {
            try {
                SqliteStatement mode(db, "PRAGMA journal_mode=DELETE");
                bulkJournal_ = mode.step() && mode.text(0) == QLatin1String("delete");
            } catch (const StoreError&) {
                bulkJournal_ = false; // another connection is reading: stay in WAL
            }
        }
    }
    // On a failure below: the transaction rolled back, then the journal mode restored.
    ScopeGuard restoreJournal([this] { leaveBulkJournal(); });
    sqliteExec(db, "BEGIN IMMEDIATE");
    {
        ScopeGuard rollback([this] { sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr); });
        ProjectSchema::suspendInsertRevision(db); // back in commit(), or rolled back
        SqliteStatement next(db, "SELECT (SELECT coalesce(max(id), 0) + 1 FROM events), "
                                 "(SELECT coalesce(max(id), 0) + 1 FROM locations)");
        if (next.step()) {
            firstEventId_ = nextEventId_ = next.int64(0);
            nextLocationId_ = next.int64(1);
        }
        // An empty R*Tree is packed at commit from the positions sorted while they were
        // written (ZOrderRuns); one that holds entries gets the new ones inserted.
        SqliteStatement emptyTree(db, "SELECT NOT EXISTS(SELECT 1 FROM event_positions_rowid)");
        if (emptyTree.step() && emptyTree.int64(0) != 0)
            positions_ = std::make_unique<ZOrderRuns>();
        // Without events, the text index is built apart and replaces the project's at commit.
        SqliteStatement noEvents(db, "SELECT NOT EXISTS(SELECT 1 FROM events)");
        if (noEvents.step() && noEvents.int64(0) != 0 && sqlite3_threadsafe() != 0) {
            try {
                text_ = std::make_unique<TextIndexBuilder>(db);
            } catch (const StoreError&) {
                // No temporary folder, say: the rows are indexed here, as any other time.
            }
        }
        rollback.dismiss(); // the writer's transaction stays open until commit() or rollback()
    }
    restoreJournal.dismiss();
    *writing_ = true;
    queue_ = std::make_unique<WriteQueue>(sqlite3_threadsafe() != 0);
}

StoreWriter::~StoreWriter()
{
    queue_.reset(); // no statement may run after the rollback, outside the transaction
    text_.reset();  // its tasks hand batches back to spare_
    if (!committed_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_exec(db_, kQuietCache, nullptr, nullptr, nullptr);
    leaveBulkJournal();
    *writing_ = false;
}

qint64 StoreWriter::addLocation(const Location& l)
{
    const qint64 id = nextLocationId_++;
    post([this, l, id] { insertLocation(l, id); });
    return id;
}

void StoreWriter::insertLocation(const Location& l, qint64 id)
{
    insertLocation_.bind(8, id);
    insertLocation_.bind(1, l.name);
    insertLocation_.bind(2, StoreLists::join(l.altNames));
    bindCoordinate(insertLocation_, 3, l.lat, l.lon);
    insertLocation_.bind(5, l.kind);
    insertLocation_.bind(6, l.admin1);
    insertLocation_.bind(7, l.country);
    bindImportId(insertLocation_, 9);
    insertLocation_.run();
}

qint64 StoreWriter::findLocation(const QString& name, const QString& country)
{
    drain(); // the answer must see every location added before
    findLocation_.bind(1, name);
    findLocation_.bind(2, country.isEmpty() ? QString() : country);
    const qint64 id = findLocation_.step() ? findLocation_.int64(0) : 0;
    findLocation_.reset();
    return id;
}

qint64 StoreWriter::addEvent(const Event& e)
{
    if (e.title.isEmpty()) throw StoreError(QStringLiteral("an event needs a title"));
    // Locations are never deleted, so every id below the next one exists.
    if (e.locationId && (*e.locationId < 1 || *e.locationId >= nextLocationId_))
        throw StoreError(QStringLiteral("an event refers to location %1, which does not exist")
                             .arg(*e.locationId));
    const qint64 id = nextEventId_++;
    if (!filling_) filling_ = takeSpare();
    Batch& batch = *filling_;
    if (batch.size == batch.rows.size()) batch.rows.emplace_back();
    fill(batch.rows[batch.size++], e, id);
    if (batch.size == kRowsPerBatch) handOverRows();
    return id;
}

// Text is converted here, on the caller's thread: the writer thread only binds bytes.
void StoreWriter::fill(Row& row, const Event& e, qint64 id)
{
    row.id = id;
    row.start = e.start;
    row.end = e.end;
    row.spanBegin = e.spanBegin();
    row.spanEnd = e.spanEnd();
    row.locationId = e.locationId;
    row.fatalities = e.fatalities;
    row.precision = int(e.precision);
    row.flags = EventFlags::pack(e);
    row.geoPrecision = int(e.geoPrecision);
    row.titleDerived = e.titleDerived;
    row.lat = e.lat;
    row.lon = e.lon;
    row.category = e.category;
    row.externalId = e.externalId.toUtf8();
    row.title = e.title.toUtf8();
    row.description = e.description.toUtf8();
    row.subCategory = e.subCategory.toUtf8();
    row.actors = StoreLists::join(e.actors).toUtf8();
    row.tags = StoreLists::join(e.tags).toUtf8();
    row.place = e.locationId ? QByteArray() : e.locationName.toUtf8();
    row.attributes = AttributeCodec::encode(e.attributes);
    // Arabic folded as FtsQuery folds the words searched for (no copy for other text), here
    // on the caller's thread. Attribute values are found by a search like the description
    // (the text index keeps no columns apart: content='' and detail=none).
    row.text[0] = ArabicFolding::foldUtf8(row.title);
    if (e.attributes.isEmpty()) {
        row.text[1] = ArabicFolding::foldUtf8(row.description);
    } else {
        QByteArray described = row.description;
        described += '\n';
        described += AttributeCodec::searchText(e.attributes);
        row.text[1] = ArabicFolding::foldUtf8(described);
    }
    row.text[2] = ArabicFolding::foldUtf8(e.actors.join(QLatin1Char(' ')).toUtf8());
    row.text[3] = ArabicFolding::foldUtf8(row.place);
    row.sources = SourceListCodec::encode(e.sources);
}

std::shared_ptr<StoreWriter::Batch> StoreWriter::takeSpare()
{
    {
        const std::lock_guard lock(spareMutex_);
        if (!spare_.empty()) {
            std::shared_ptr<Batch> batch = std::move(spare_.back());
            spare_.pop_back();
            return batch;
        }
    }
    auto batch = std::make_shared<Batch>();
    batch->rows.reserve(kRowsPerBatch);
    return batch;
}

void StoreWriter::handOverRows()
{
    if (!filling_ || filling_->size == 0) return;
    queue_->post([this, batch = std::move(filling_)]() mutable {
        for (std::size_t i = 0; i < batch->size; ++i)
            insertEvent(batch->rows[i]);
        if (!text_) {
            recycle(std::move(batch));
            return;
        }
        // Not through text_: while the builder is being destroyed, text_ is null already.
        TextIndexBuilder* text = text_.get();
        text->post([this, text, batch = std::move(batch)]() mutable {
            for (std::size_t i = 0; i < batch->size; ++i)
                text->insert(batch->rows[i].id, batch->rows[i].text);
            recycle(std::move(batch));
        });
    });
    filling_.reset();
    queue_->send();
}

void StoreWriter::recycle(std::shared_ptr<Batch> batch)
{
    batch->size = 0;
    const std::lock_guard lock(spareMutex_);
    spare_.push_back(std::move(batch));
}

void StoreWriter::post(std::function<void()> task)
{
    handOverRows(); // the rows added before run before the task
    queue_->post(std::move(task));
}

void StoreWriter::insertEvent(Row& row)
{
    const qint64 id = row.id;
    double lat = row.lat, lon = row.lon;
    const bool own = row.hasCoordinate();
    QByteArray locationText; // the location's names, for the text index
    if (row.locationId) {
        const Place& p = place(*row.locationId);
        if (!own) {
            lat = p.lat;
            lon = p.lon;
        }
        locationText = ArabicFolding::foldUtf8(p.searchText);
    }

    auto& s = insertEvent_;
    if (!row.externalId.isEmpty()) s.bindUtf8(1, row.externalId);
    s.bindUtf8(2, row.title);
    s.bindUtf8(3, row.description);
    s.bind(4, row.start);
    if (row.end) s.bind(5, *row.end);
    s.bind(6, row.precision);
    s.bind(7, row.flags);
    s.bind(8, row.spanBegin);
    s.bind(9, row.spanEnd);
    if (!row.category.isEmpty()) s.bind(10, categoryId(row.category));
    s.bindUtf8(11, row.subCategory);
    s.bindUtf8(12, row.actors);
    s.bindUtf8(13, row.tags);
    if (row.fatalities) s.bind(14, qint64(*row.fatalities));
    if (row.locationId) s.bind(15, *row.locationId);
    if (!row.locationId) s.bindUtf8(16, row.place); // a bare place name from an import
    bindCoordinate(s, 17, lat, lon);
    if (!std::isnan(lat) && !std::isnan(lon)) {
        ++positioned_;
        if (positions_) positions_->add(id, lon, lat);
    }
    added_.add(id, row.spanBegin, row.spanEnd, lat, lon);
    s.bind(19, own ? 1 : 0);
    s.bind(20, row.geoPrecision);
    s.bind(21, id);
    bindImportId(s, 22);
    if (!row.attributes.isEmpty()) s.bindUtf8(23, row.attributes);
    s.bind(24, row.titleDerived ? 1 : 0);
    s.bindUtf8(25, row.sources);
    s.run();
    if (row.locationId) row.text[3] = locationText;
    if (!text_) indexText(row);
}

void StoreWriter::indexText(const Row& row)
{
    insertText_.bind(1, row.id);
    for (int i = 0; i < 4; ++i)
        insertText_.bindUtf8(i + 2, row.text[std::size_t(i)]);
    insertText_.run();
}

void StoreWriter::setCategoryColour(const QString& name, QRgb colour)
{
    const QString hex = Category::textOf(colour);
    post([this, name, hex] {
        updateCategory_.bind(1, name);
        updateCategory_.bind(2, hex);
        bindImportId(updateCategory_, 3);
        updateCategory_.run();
        categories_.remove(name);
    });
}

void StoreWriter::setImportId(qint64 importId)
{
    drain(); // rows handed over before belong to no source
    importId_ = importId;
}

void StoreWriter::bindImportId(SqliteStatement& s, int index) const
{
    if (importId_ > 0)
        s.bind(index, importId_);
    else
        s.bindNull(index);
}

void StoreWriter::flush()
{
    drain();
}

void StoreWriter::drain()
{
    handOverRows();
    queue_->drain();
}

void StoreWriter::commit()
{
    drain();
    if (text_ && !text_->copyInto()) {
        // Another reader of the connection is busy: index the rows from the table instead.
        ProjectSchema::rebuildTextIndex(db_);
    }
    text_.reset();
    sqlite3_create_function(db_, "tigris_zorder", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                            zOrder, nullptr, nullptr);
    // Read from the covering time index (ids and positions, tens of bytes an entry), not
    // from the table with its descriptions (hundreds), in spatial order.
    const char* const newPositions = "FROM events INDEXED BY events_by_span "
                                     "WHERE id >= ?1 AND lat IS NOT NULL "
                                     "ORDER BY tigris_zorder(lon, lat)";
    SqliteStatement empty(db_, "SELECT NOT EXISTS(SELECT 1 FROM event_positions_rowid)");
    const bool emptyTree = empty.step() && empty.int64(0) != 0;
    empty.reset();
    if (positioned_ == 0) {
        // No new position: the tree stays as it is (an empty one keeps its empty root).
    } else if (emptyTree && positions_ && positions_->size() == positioned_) {
        // Every new position is in the runs, already sorted: no scan and sort of the table.
        RtreeBulkLoader loader(db_, "event_positions", positioned_);
        positions_->forEach([&](qint64 id, double lon, double lat) { loader.add(id, lon, lat); });
        loader.finish();
    } else if (emptyTree) {
        // A new tree is packed bottom-up, several times faster than inserting entry by entry.
        const QByteArray select = QByteArray("SELECT id, lon, lat ") + newPositions;
        SqliteStatement positions(db_, select.constData());
        positions.bind(1, firstEventId_);
        RtreeBulkLoader loader(db_, "event_positions", positioned_);
        while (positions.step())
            loader.add(positions.int64(0), positions.real(1), positions.real(2));
        loader.finish();
    } else {
        const QByteArray insertAll =
            QByteArray("INSERT INTO event_positions SELECT id, lon, lon, lat, lat ") + newPositions;
        SqliteStatement insert(db_, insertAll.constData());
        insert.bind(1, firstEventId_);
        insert.run();
    }
    updateStatistics();
    ProjectSchema::resumeInsertRevision(db_);
    sqliteExec(db_, "COMMIT");
    committed_ = true;
    leaveBulkJournal();
}

void StoreWriter::updateStatistics()
{
    if (!EventStatistics::isKept(db_)) return;
    // Merged when the stored row described the project as this transaction found it;
    // otherwise (stale after a delete, say) recomputed from the index, once.
    std::optional<EventStatistics> stats = EventStatistics::read(db_, firstEventId_ - 1);
    if (stats)
        stats->merge(added_);
    else
        stats = EventStatistics::scan(db_);
    EventStatistics::write(db_, *stats);
}

void StoreWriter::leaveBulkJournal()
{
    if (bulkJournal_) sqlite3_exec(db_, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    bulkJournal_ = false;
}

const StoreWriter::Place& StoreWriter::place(qint64 id)
{
    const auto it = places_.constFind(id);
    if (it != places_.cend()) return *it;
    locationById_.bind(1, id);
    if (!locationById_.step()) {
        locationById_.reset();
        throw StoreError(
            QStringLiteral("an event refers to location %1, which does not exist").arg(id));
    }
    Place p;
    const QString name = locationById_.text(0);
    const QStringList alt = StoreLists::split(locationById_.text(1));
    p.searchText =
        (alt.isEmpty() ? name : name + QLatin1Char(' ') + alt.join(QLatin1Char(' '))).toUtf8();
    if (!locationById_.isNull(2) && !locationById_.isNull(3)) {
        p.lat = locationById_.real(2);
        p.lon = locationById_.real(3);
    }
    locationById_.reset();
    if (places_.size() > 100'000) places_.clear(); // memory stays independent of the input
    return *places_.insert(id, p);
}

qint64 StoreWriter::categoryId(const QString& name)
{
    const auto it = categories_.constFind(name);
    if (it != categories_.cend()) return *it;
    findCategory_.bind(1, name);
    qint64 id = 0;
    if (findCategory_.step()) {
        id = findCategory_.int64(0);
        findCategory_.reset();
    } else {
        findCategory_.reset();
        insertCategory_.bind(1, name);
        // A colour no other category of the project has (rare: once per new name).
        std::vector<QRgb> taken;
        SqliteStatement colours(db_, "SELECT colour FROM categories");
        while (colours.step())
            if (const auto rgb = Category::rgbFromText(colours.text(0))) taken.push_back(*rgb);
        insertCategory_.bind(2, Category::textOf(Category::defaultRgbFor(name, taken)));
        bindImportId(insertCategory_, 3);
        insertCategory_.run();
        id = sqlite3_last_insert_rowid(db_);
    }
    categories_.insert(name, id);
    return id;
}
