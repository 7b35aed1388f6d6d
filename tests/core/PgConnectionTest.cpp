#include "store/PgConnection.h"

#include "PgTestCluster.h"
#include "TestCatch.h"
#include "store/ProjectUrl.h"

#include <QtEndian>

TEST_CASE("ProjectUrl tells server projects from files and splits the project off", "[pg]")
{
    CHECK(ProjectUrl::isServerProject(QStringLiteral("postgresql://db.example/tigris?project=a")));
    CHECK(ProjectUrl::isServerProject(QStringLiteral("postgres://u@h:5433/db?project=a")));
    CHECK(ProjectUrl::isServerProject(QStringLiteral("PostgreSQL://h/db?project=a")));
    CHECK_FALSE(ProjectUrl::isServerProject(QStringLiteral("/home/me/iraq.tigris")));
    CHECK_FALSE(ProjectUrl::isServerProject(QStringLiteral("postgresql.tigris")));

    const ProjectUrl url = ProjectUrl::parse(
        QStringLiteral("postgresql://ana:s3cret@db.example:5433/news?sslmode=require&project="
                       "Iraq%202014&application_name=tigris"));
    CHECK(url.project() == QStringLiteral("Iraq 2014"));
    CHECK(url.connectionUri() == QStringLiteral("postgresql://ana:s3cret@db.example:5433/news?"
                                                "sslmode=require&application_name=tigris"));
    CHECK(url.display() == QStringLiteral("postgresql://ana@db.example:5433/news?sslmode=require&"
                                          "project=Iraq%202014&application_name=tigris"));

    const ProjectUrl socket =
        ProjectUrl::parse(QStringLiteral("postgres:///tigris?host=/tmp/x&project=p&password=pw"));
    CHECK(socket.connectionUri() == QStringLiteral("postgres:///tigris?host=/tmp/x&password=pw"));
    CHECK_FALSE(socket.display().contains(QStringLiteral("pw")));

    try {
        ProjectUrl::parse(QStringLiteral("postgresql://ana:s3cret@h/db?sslmode=require"));
        FAIL("a URL without a project was accepted");
    } catch (const StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("?project=NAME")));
        CHECK_FALSE(e.message().contains(QStringLiteral("s3cret")));
    }
    CHECK_THROWS_AS(ProjectUrl::parse(QStringLiteral("postgresql://h/db?project=")), StoreError);
    CHECK_THROWS_AS(ProjectUrl::parse(QStringLiteral("postgresql://h/db?project=a&project=b")),
                    StoreError);
}

TEST_CASE("PgConnection round-trips values through a real server", "[pg]")
{
    PgTestCluster& cluster = PgTestCluster::shared();
    PgConnection db(cluster.connectionUri(), QStringLiteral("test server"));

    // The cluster's database has PostGIS.
    const PgResult version = db.exec("SELECT postgis_lib_version()");
    REQUIRE(version.rows() == 1);
    CHECK(version.text(0, 0).startsWith(QLatin1String("3.")));

    db.exec("CREATE TABLE t(id bigint PRIMARY KEY, name text, x float8, g geometry(Point, 4326))");
    const QString arabic = QStringLiteral("الموصل – \"quoted\" 'text'");
    db.exec("INSERT INTO t VALUES($1, $2, $3, ST_SetSRID(ST_MakePoint($3, 36.34), 4326))",
            PgParams().integer(9'007'199'254'740'993LL).text(arabic).real(43.13));
    const PgResult text = db.exec("SELECT id, name, x, ST_Y(g), name IS NULL FROM t", PgParams());
    REQUIRE(text.rows() == 1);
    CHECK(text.int64(0, 0) == 9'007'199'254'740'993LL);
    CHECK(text.text(0, 1) == arabic);
    CHECK(text.real(0, 2) == 43.13);
    CHECK(text.real(0, 3) == 36.34);

    // Binary results.
    const PgResult binary = db.exec("SELECT id, x FROM t WHERE id = $1",
                                    PgParams().integer(9'007'199'254'740'993LL), nullptr, true);
    REQUIRE(binary.rows() == 1);
    CHECK(binary.binaryInt64(0, 0) == 9'007'199'254'740'993LL);
    CHECK(binary.binaryReal(0, 1) == 43.13);

    // NULL in and out.
    db.exec("INSERT INTO t(id, name) VALUES($1, $2)", PgParams().integer(2).null());
    const PgResult null = db.exec("SELECT name FROM t WHERE id = 2");
    CHECK(null.isNull(0, 0));

    // COPY in text form, out in binary: the rows come back as sent.
    int chunks = 0;
    db.copyIn("COPY t(id, name) FROM STDIN", [&](QByteArray& chunk) {
        chunk += QByteArray::number(10 + chunks) + "\trow " + QByteArray::number(chunks) + "\n";
        return ++chunks < 5;
    });
    QByteArray out;
    db.copyOut("COPY (SELECT id FROM t WHERE id >= 10 ORDER BY id) TO STDOUT (FORMAT binary)",
               [&](const char* data, int size) { out.append(data, size); });
    // Header (19 bytes), then per row: int16 field count, int32 length, int64 value; trailer.
    REQUIRE(out.size() == 19 + 5 * (2 + 4 + 8) + 2);
    CHECK(qFromBigEndian<qint64>(out.constData() + 19 + 6) == 10);
    CHECK(qFromBigEndian<qint64>(out.constData() + 19 + 4 * 14 + 6) == 14);
}

TEST_CASE("PgConnection reports errors clearly and PgTransaction rolls back", "[pg]")
{
    PgTestCluster& cluster = PgTestCluster::shared();
    PgConnection db(cluster.connectionUri(), QStringLiteral("postgresql:///tigris (test)"));
    db.exec("CREATE TABLE u(id int PRIMARY KEY)");
    {
        PgTransaction transaction(db);
        db.exec("INSERT INTO u VALUES(1)");
    } // not committed
    CHECK(db.exec("SELECT count(*) FROM u").int64(0, 0) == 0);
    {
        PgTransaction transaction(db);
        db.exec("INSERT INTO u VALUES(1)");
        transaction.commit();
    }
    CHECK(db.exec("SELECT count(*) FROM u").int64(0, 0) == 1);

    try {
        db.exec("INSERT INTO u VALUES(1)", "adding a row");
        FAIL("a duplicate key was accepted");
    } catch (const StoreError& e) {
        CHECK(e.message().startsWith(QLatin1String("postgresql:///tigris (test): adding a row "
                                                   "failed (duplicate key")));
    }
    // A failed statement inside a transaction: COMMIT saves nothing, and says so.
    {
        PgTransaction transaction(db);
        db.exec("INSERT INTO u VALUES(2)");
        CHECK_THROWS(db.exec("INSERT INTO u VALUES(1)"));
        CHECK_THROWS_AS(transaction.commit(), StoreError);
    }
    CHECK(db.exec("SELECT count(*) FROM u").int64(0, 0) == 1);
    // A row COPY refuses fails the whole COPY, with the server's reason.
    {
        PgTransaction transaction(db);
        int n = 0;
        try {
            db.copyIn(
                "COPY u FROM STDIN",
                [&](QByteArray& chunk) {
                    chunk = n == 0 ? "5\n" : "not a number\n";
                    return ++n < 2;
                },
                "importing");
            FAIL("a bad row was accepted");
        } catch (const StoreError& e) {
            CHECK(e.message().contains(QStringLiteral("importing failed (invalid input syntax")));
        }
    }
    CHECK(db.exec("SELECT count(*) FROM u").int64(0, 0) == 1);

    // A server that is not there: the message names it and libpq's reason, without a password.
    try {
        PgConnection nowhere(QStringLiteral("postgresql:///tigris?host=/nonexistent&user=x&"
                                            "password=secret"),
                             QStringLiteral("postgresql:///tigris?host=/nonexistent&user=x"));
        FAIL("connected to nothing");
    } catch (const StoreError& e) {
        CHECK(e.message().startsWith(QLatin1String("postgresql:///tigris?host=/nonexistent&user=x: "
                                                   "connecting failed (")));
        CHECK_FALSE(e.message().contains(QStringLiteral("secret")));
    }
}
