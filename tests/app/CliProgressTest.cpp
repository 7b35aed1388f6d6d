#include "CliProgress.h"

#include "TestCatch.h"

#include <QString>

TEST_CASE("CliProgress: percent of bytes, rewritten in place, at most every 250 ms", "[cli]")
{
    QString text;
    QTextStream err(&text);
    qint64 now = 0;
    CliProgress progress(err, true, [&] { return now; });
    progress.update(0, 1000);
    CHECK(text == QStringLiteral("\rimporting: 0%"));
    now = 100; // too soon: nothing
    progress.update(500, 1000);
    CHECK(text == QStringLiteral("\rimporting: 0%"));
    now = 260;
    progress.update(420, 1000);
    CHECK(text.endsWith(QStringLiteral("\rimporting: 42%")));
    now = 600;
    progress.update(420, 1000); // the same percent is not printed again
    CHECK(text.count(QStringLiteral("42%")) == 1);
    progress.finish();
    CHECK(text.endsWith(QStringLiteral("\rimporting: 100%\n")));
}

TEST_CASE("CliProgress: nothing at all when stderr is not a terminal", "[cli]")
{
    QString text;
    QTextStream err(&text);
    CliProgress progress(err, false, [] { return qint64(0); });
    progress.update(10, 100);
    progress.finish();
    CHECK(text.isEmpty());
}

TEST_CASE("CliProgress: a line left open by a failed import is ended", "[cli]")
{
    QString text;
    QTextStream err(&text);
    {
        CliProgress progress(err, true, [] { return qint64(0); });
        progress.update(30, 100);
    }
    CHECK(text == QStringLiteral("\rimporting: 30%\n"));
}
