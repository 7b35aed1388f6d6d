#include "store/ProjectSettings.h"

#include "store/PgConnection.h"
#include "store/PgEventStore.h"
#include "store/PgSchema.h"
#include "store/ProjectUrl.h"
#include "store/SqliteEventStore.h"
#include "store/SqliteStatement.h"

namespace ProjectSettings {

std::vector<std::pair<QString, QString>> all(const EventStore& store)
{
    std::vector<std::pair<QString, QString>> out;
    if (const PgEventStore* pg = store.server()) {
        const PgResult r = pg->connection().exec(
            "SELECT key, value FROM settings WHERE project_id = $1 ORDER BY key",
            PgParams().integer(pg->projectId()), "reading the settings");
        for (int row = 0; row < r.rows(); ++row)
            out.emplace_back(r.text(row, 0), r.text(row, 1));
        return out;
    }
    SqliteStatement s(sqliteHandle(store, "the settings"),
                      "SELECT key, value FROM settings ORDER BY key");
    while (s.step())
        out.emplace_back(s.text(0), s.text(1));
    return out;
}

void dropServerProject(const QString& url)
{
    const ProjectUrl u = ProjectUrl::parse(url);
    PgConnection db(u.connectionUri(), u.display());
    PgTransaction transaction(db);
    const PgResult r = db.exec("DELETE FROM projects WHERE name = $1 RETURNING id",
                               PgParams().text(u.project()), "removing the unfinished project");
    for (int row = 0; row < r.rows(); ++row) {
        const PgParams id = PgParams().integer(r.int64(row, 0));
        // Tables without a foreign key to projects (the writer keeps them consistent).
        db.exec("DELETE FROM events WHERE project_id = $1", id, "removing the unfinished project");
        db.exec("DELETE FROM event_sources WHERE project_id = $1", id,
                "removing the unfinished project");
        const qint64 project = r.int64(row, 0);
        db.exec("DROP SEQUENCE IF EXISTS " + PgSchema::eventIdSequence(project) + ", " +
                    PgSchema::locationIdSequence(project) + ", " +
                    PgSchema::categoryIdSequence(project),
                "removing the unfinished project");
    }
    transaction.commit();
}

} // namespace ProjectSettings
