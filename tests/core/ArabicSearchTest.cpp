// Full-text search folds Arabic the same way in the index and in the words searched for.
#include "OldProjectFile.h"
#include "TestCatch.h"
#include "TitlesMatching.h"
#include "store/ArabicFolding.h"
#include "store/EventStore.h"
#include "store/FtsQuery.h"
#include "store/ProjectSchema.h"
#include "store/SqliteStatement.h"

#include <QFile>
#include <QTemporaryDir>
#include <sqlite3.h>

namespace {
Event titled(const QString& title)
{
    Event e;
    e.title = title;
    e.start = 1402358400;
    e.lat = 36.34;
    e.lon = 43.13;
    return e;
}

} // namespace

TEST_CASE("ArabicFolding drops harakat and tatweel and folds alef, teh marbuta, alef maksura",
          "[store][fts]")
{
    CHECK(ArabicFolding::fold(QStringLiteral("المَوْصِل")) == QStringLiteral("الموصل"));
    CHECK(ArabicFolding::fold(QStringLiteral("الفلوجة")) == QStringLiteral("الفلوجه"));
    CHECK(ArabicFolding::fold(QStringLiteral("أربيل إربيل آربيل")) ==
          QStringLiteral("اربيل اربيل اربيل"));
    CHECK(ArabicFolding::fold(QStringLiteral("مصطفى")) == QStringLiteral("مصطفي"));
    CHECK(ArabicFolding::fold(QStringLiteral("بغـــداد")) == QStringLiteral("بغداد"));
    CHECK(ArabicFolding::fold(QStringLiteral("عيسىٰ")) == QStringLiteral("عيسي")); // U+0670
    // Other scripts are untouched, and cost no copy.
    const QByteArray latin("Mosul, Tikrit – Kirkūk");
    CHECK(ArabicFolding::foldUtf8(latin).constData() == latin.constData());
    CHECK(FtsQuery::matchExpression(QStringLiteral("المَوْصِل")) == QStringLiteral("\"الموصل\""));
}

TEST_CASE("Arabic words find their voweled and variant spellings", "[store][fts]")
{
    QTemporaryDir dir;
    auto store = EventStore::create(dir.filePath(QStringLiteral("ar.tigris")));
    auto w = store->beginWrite();
    w->addEvent(titled(QStringLiteral("سقوط المَوْصِل")));
    w->addEvent(titled(QStringLiteral("معركة الفلوجه")));
    w->addEvent(titled(QStringLiteral("هجوم على أربيل")));
    w->commit();
    CHECK(titlesMatching(*store, QStringLiteral("الموصل")) ==
          std::vector<QString>{QStringLiteral("سقوط المَوْصِل")});
    CHECK(titlesMatching(*store, QStringLiteral("الفلوجة")) ==
          std::vector<QString>{QStringLiteral("معركة الفلوجه")});
    CHECK(titlesMatching(*store, QStringLiteral("اربيل")).size() == 1);
    CHECK(titlesMatching(*store, QStringLiteral("عليٰ")).size() == 1);
}

TEST_CASE("Opening a version 3 project reindexes its text with Arabic folded", "[store][fts]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.tigris"));
    {
        const OldProjectFile old(path, ProjectSchema::createVersion3);
        sqlite3* db = old.db();
        // As version 3 wrote it: the text indexed as typed.
        sqliteExec(db, "INSERT INTO locations(id, name, alt_names) VALUES(1, 'Mosul', "
                       "'المَوْصِل' || char(31) || 'الموصل')");
        sqliteExec(db, "INSERT INTO events(id, title, start, precision, span_lo, span_hi, "
                       "location_id, actors) VALUES(1, 'مَعْرَكَة', 0, 3, 0, 86400, 1, "
                       "'قوات' || char(31) || 'الدولة الإسلامية'), "
                       "(2, 'no place', 0, 3, 0, 86400, NULL, NULL)");
        sqliteExec(db, "UPDATE events SET place='الفلوجة' WHERE id=2");
        sqliteExec(db, "INSERT INTO event_text(rowid, title, description, actors, place) "
                       "VALUES(1, 'مَعْرَكَة', NULL, 'قوات الدولة الإسلامية', "
                       "'Mosul المَوْصِل الموصل'), (2, 'no place', NULL, NULL, 'الفلوجة')");
    }
    auto store = EventStore::open(path);
    CHECK(store->schemaVersion() == ProjectSchema::kCurrentVersion);
    CHECK(titlesMatching(*store, QStringLiteral("معركة")).size() == 1);
    CHECK(titlesMatching(*store, QStringLiteral("الإسلامية")).size() == 1);
    CHECK(titlesMatching(*store, QStringLiteral("مَوْصِل")).empty()); // "الموصل" is one word
    CHECK(titlesMatching(*store, QStringLiteral("المَوْصِل Mosul")).size() == 1);
    CHECK(titlesMatching(*store, QStringLiteral("الفلوجه")) ==
          std::vector<QString>{QStringLiteral("no place")});
}
