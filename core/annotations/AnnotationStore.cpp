#include "annotations/AnnotationStore.h"

#include "store/EventStore.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Vertices are kept as a JSON array of [lon, lat] pairs: readable in any SQLite browser.
QString geometryText(const QList<QPointF>& vertices)
{
    QJsonArray points;
    for (const QPointF& p : vertices)
        points.append(QJsonArray{p.x(), p.y()});
    return QString::fromUtf8(QJsonDocument(points).toJson(QJsonDocument::Compact));
}

QList<QPointF> verticesOf(const QString& text)
{
    QList<QPointF> out;
    for (const auto& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonArray p = v.toArray();
        out.append(QPointF(p.at(0).toDouble(), p.at(1).toDouble()));
    }
    return out;
}

void bindOptional(SqliteStatement& s, int i, const std::optional<qint64>& v)
{
    if (v)
        s.bind(i, *v);
    else
        s.bindNull(i);
}

constexpr const char* kColumns = "id, kind, title, note, colour, marker, geometry, valid_from, "
                                 "valid_to, location_id, event_id FROM annotations ";

Annotation read(const SqliteStatement& s)
{
    Annotation a;
    a.id = s.int64(0);
    a.kind = annotationKindFromString(s.text(1)).value_or(Annotation::Kind::Point);
    a.title = s.text(2);
    a.note = s.text(3);
    a.colour = QColor(s.text(4));
    a.marker = s.text(5);
    a.vertices = verticesOf(s.text(6));
    if (!s.isNull(7)) a.validFrom = s.int64(7);
    if (!s.isNull(8)) a.validTo = s.int64(8);
    if (!s.isNull(9)) a.locationId = s.int64(9);
    if (!s.isNull(10)) a.eventId = s.int64(10);
    return a;
}

void bindFields(SqliteStatement& s, const Annotation& a)
{
    s.bind(1, toString(a.kind));
    s.bind(2, a.title.isNull() ? QStringLiteral("") : a.title);
    s.bind(3, a.note.isNull() ? QStringLiteral("") : a.note);
    s.bind(4, a.colour.name(QColor::HexRgb));
    s.bind(5, a.marker);
    s.bind(6, geometryText(a.vertices));
    bindOptional(s, 7, a.validFrom);
    bindOptional(s, 8, a.validTo);
    bindOptional(s, 9, a.locationId);
    bindOptional(s, 10, a.eventId);
    s.bind(11, QDateTime::currentSecsSinceEpoch());
}

void requireWritable(const EventStore& store)
{
    if (store.isReadOnly())
        throw StoreError(
            QStringLiteral("%1 is read-only: the annotation was not saved").arg(store.path()));
}

} // namespace

std::vector<Annotation> AnnotationStore::all() const
{
    std::vector<Annotation> out;
    SqliteStatement s(sqliteHandle(store_, "annotations"),
                      (QByteArray("SELECT ") + kColumns + "ORDER BY id").constData());
    while (s.step())
        out.push_back(read(s));
    return out;
}

std::optional<Annotation> AnnotationStore::get(qint64 id) const
{
    SqliteStatement s(sqliteHandle(store_, "annotations"),
                      (QByteArray("SELECT ") + kColumns + "WHERE id=?").constData());
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return read(s);
}

qint64 AnnotationStore::insert(const Annotation& a)
{
    requireWritable(store_);
    if (a.vertices.isEmpty()) throw StoreError(QStringLiteral("an annotation needs a position"));
    SqliteStatement s(sqliteHandle(store_, "annotations"),
                      "INSERT INTO annotations(kind, title, note, colour, marker, geometry, "
                      "valid_from, valid_to, location_id, event_id, created, modified, id) "
                      "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?11,?12)");
    bindFields(s, a);
    // Undo of a deletion re-inserts with the old id so that references stay valid.
    if (a.id > 0)
        s.bind(12, a.id);
    else
        s.bindNull(12);
    s.run();
    return sqlite3_last_insert_rowid(sqliteHandle(store_, "annotations"));
}

void AnnotationStore::update(const Annotation& a)
{
    requireWritable(store_);
    SqliteStatement s(sqliteHandle(store_, "annotations"),
                      "UPDATE annotations SET kind=?1, title=?2, note=?3, colour=?4, marker=?5, "
                      "geometry=?6, valid_from=?7, valid_to=?8, location_id=?9, event_id=?10, "
                      "modified=?11 WHERE id=?12");
    bindFields(s, a);
    s.bind(12, a.id);
    s.run();
}

void AnnotationStore::remove(qint64 id)
{
    requireWritable(store_);
    SqliteStatement s(sqliteHandle(store_, "annotations"), "DELETE FROM annotations WHERE id=?");
    s.bind(1, id);
    s.run();
}
