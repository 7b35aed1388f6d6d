#include "annotations/PgAnnotationRows.h"

#include "annotations/AnnotationGeometryText.h"
#include "annotations/EditConflict.h"
#include "store/PgChanges.h"
#include "store/PgConnection.h"

#include <QDateTime>

namespace {

constexpr const char* kColumns = "SELECT id, kind, title, note, colour, marker, geometry, "
                                 "valid_from, valid_to, location_id, event_id, version "
                                 "FROM annotations WHERE project_id = $1 AND ";

Annotation read(const PgResult& r, int row)
{
    Annotation a;
    a.id = r.int64(row, 0);
    a.kind = annotationKindFromString(r.text(row, 1)).value_or(Annotation::Kind::Point);
    a.title = r.text(row, 2);
    a.note = r.text(row, 3);
    a.colour = QColor(r.text(row, 4));
    a.marker = r.text(row, 5);
    a.vertices = AnnotationGeometryText::read(r.text(row, 6));
    if (!r.isNull(row, 7)) a.validFrom = r.int64(row, 7);
    if (!r.isNull(row, 8)) a.validTo = r.int64(row, 8);
    if (!r.isNull(row, 9)) a.locationId = r.int64(row, 9);
    if (!r.isNull(row, 10)) a.eventId = r.int64(row, 10);
    a.version = int(r.int64(row, 11));
    return a;
}

PgParams& optional(PgParams& p, const std::optional<qint64>& v)
{
    return v ? p.integer(*v) : p.null();
}

// $1 project, $2 revision, then the fields as $3 … $12 and the time as $13.
PgParams fields(qint64 projectId, qint64 revision, const Annotation& a)
{
    PgParams p;
    p.integer(projectId).integer(revision);
    p.text(toString(a.kind)).text(a.title.isNull() ? QStringLiteral("") : a.title);
    p.text(a.note.isNull() ? QStringLiteral("") : a.note).text(a.colour.name(QColor::HexRgb));
    p.text(a.marker).text(AnnotationGeometryText::write(a.vertices));
    optional(p, a.validFrom);
    optional(p, a.validTo);
    optional(p, a.locationId);
    optional(p, a.eventId);
    p.integer(QDateTime::currentSecsSinceEpoch());
    return p;
}

} // namespace

std::vector<Annotation> PgAnnotationRows::select(const QByteArray& where, qint64 value) const
{
    const PgResult r =
        connection_.exec(QByteArray(kColumns) + where,
                         PgParams().integer(projectId_).integer(value), "reading the annotations");
    std::vector<Annotation> out;
    out.reserve(size_t(r.rows()));
    for (int row = 0; row < r.rows(); ++row)
        out.push_back(read(r, row));
    return out;
}

std::vector<Annotation> PgAnnotationRows::all() const
{
    return select("id > $2 ORDER BY id", 0); // ids start at 1
}

std::optional<Annotation> PgAnnotationRows::get(qint64 id) const
{
    auto found = select("id = $2", id);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<Annotation> PgAnnotationRows::changedSince(qint64 revision) const
{
    return select("revision > $2 ORDER BY id", revision);
}

qint64 PgAnnotationRows::insert(const Annotation& a)
{
    PgWriteScope transaction(connection_);
    const qint64 revision = PgChanges::stamp(connection_, projectId_);
    PgParams p = fields(projectId_, revision, a);
    if (a.id > 0)
        p.integer(a.id);
    else
        p.null();
    const PgResult r = connection_.exec(
        "INSERT INTO annotations(project_id, revision, kind, title, note, colour, marker, "
        "geometry, valid_from, valid_to, location_id, event_id, created, modified, id) "
        "VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, "
        "coalesce($14::bigint, nextval('annotations_id_seq'))) RETURNING id",
        p, "saving the annotation");
    transaction.commit();
    return r.int64(0, 0);
}

void PgAnnotationRows::conflict(const std::optional<Annotation>& mine, qint64 id) const
{
    std::optional<Annotation> theirs = get(id);
    const QString title = mine ? mine->title : theirs ? theirs->title : QString();
    throw EditConflict(
        theirs ? QStringLiteral("%1: someone else changed the annotation “%2” in the meantime; "
                                "nothing was saved")
                     .arg(display_, title)
               : QStringLiteral("%1: someone else deleted the annotation “%2” in the meantime; "
                                "nothing was saved")
                     .arg(display_, title),
        mine, std::move(theirs));
}

int PgAnnotationRows::update(const Annotation& a)
{
    PgWriteScope transaction(connection_);
    const qint64 revision = PgChanges::nextRevision(connection_, projectId_);
    PgParams p = fields(projectId_, revision, a);
    p.integer(a.id).integer(a.version);
    const PgResult r = connection_.exec(
        "UPDATE annotations SET revision = $2, kind = $3, title = $4, note = $5, colour = $6, "
        "marker = $7, geometry = $8, valid_from = $9, valid_to = $10, location_id = $11, "
        "event_id = $12, modified = $13, version = version + 1 "
        "WHERE project_id = $1 AND id = $14 AND version = $15 RETURNING version",
        p, "saving the annotation");
    if (r.rows() != 1) conflict(a, a.id); // the transaction rolls back on the way out
    PgChanges::notify(connection_, projectId_, revision);
    transaction.commit();
    return int(r.int64(0, 0));
}

void PgAnnotationRows::remove(qint64 id, int version)
{
    PgWriteScope transaction(connection_);
    const qint64 revision = PgChanges::nextRevision(connection_, projectId_);
    const PgResult r = connection_.exec(
        "DELETE FROM annotations WHERE project_id = $1 AND id = $2 AND ($3 = 0 OR version = $3)",
        PgParams().integer(projectId_).integer(id).integer(version), "deleting the annotation");
    if (r.affected() != 1) conflict(std::nullopt, id);
    PgChanges::tombstones(connection_, projectId_, "annotation",
                          "VALUES(" + QByteArray::number(id) + "::bigint)", revision);
    PgChanges::notify(connection_, projectId_, revision);
    transaction.commit();
}
