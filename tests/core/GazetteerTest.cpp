#include "geo/Gazetteer.h"

#include "TestCatch.h"

#include <QStringList>

TEST_CASE("Gazetteer: names meet across transliterations", "[gazetteer]")
{
    const auto n = [](const char* s) { return Gazetteer::normalise(QString::fromUtf8(s)); };
    CHECK(n("Falluja") == n("Al Fallūjah"));
    CHECK(n("Fallujah") == n("al-Fallujah"));
    CHECK(n("Tal Afar") == n("Tall ‘Afar"));
    CHECK(n("Bayji") == n("Baiji"));
    CHECK(n("Mossoul") == n("Mosul"));
    CHECK(n("Ar-Ramadi") == n("RAMADI"));
    CHECK(n("Tikrīt") == QStringLiteral("tikrit"));
    CHECK(n("Al") == QStringLiteral("al")); // a lone article is the name
    CHECK(n("Mosul") != n("Basra"));
}

TEST_CASE("Gazetteer: bundled GeoNames places, unique, restricted, ambiguous, unknown",
          "[gazetteer]")
{
    const Gazetteer& g = Gazetteer::bundled();
    CHECK(g.size() > 150'000);

    SECTION("unique")
    {
        const auto m = g.find(QStringLiteral("Falluja"));
        REQUIRE(m.candidates.size() == 1);
        CHECK(m.candidates[0].name == QString::fromUtf8("Al Fallūjah"));
        CHECK(m.candidates[0].countryCode == QStringLiteral("IQ"));
        CHECK(m.candidates[0].country == QStringLiteral("Iraq"));
        CHECK(m.candidates[0].admin1 == QStringLiteral("Anbar"));
        CHECK(m.candidates[0].lat == Approx(33.34913));
        CHECK(m.candidates[0].lon == Approx(43.78599));
        CHECK(m.by == QStringLiteral("name"));
    }
    SECTION("restricted by country, as a name or an ISO code")
    {
        // Sinjar is in Iraq (Nineveh) and in Syria (Idlib).
        CHECK(g.find(QStringLiteral("Sinjar")).candidates.size() == 2);
        for (const char* country : {"Iraq", "IQ", "iraq"}) {
            const auto m = g.find(QStringLiteral("Sinjar"), QString::fromLatin1(country));
            REQUIRE(m.candidates.size() == 1);
            CHECK(m.candidates[0].lat == Approx(36.3209));
            CHECK(m.by == QStringLiteral("name, country"));
        }
        const auto sy = g.find(QStringLiteral("Sinjar"), QStringLiteral("Syria"));
        REQUIRE(sy.candidates.size() == 1);
        CHECK(sy.candidates[0].lat == Approx(35.59011));
        CHECK(g.find(QStringLiteral("Sinjar"), QStringLiteral("Jordan")).candidates.empty());
    }
    SECTION("ambiguous in one country, settled by admin1")
    {
        const auto both = g.find(QStringLiteral("Suran"), QStringLiteral("Syria"));
        REQUIRE(both.candidates.size() == 2);
        QStringList regions{both.candidates[0].admin1, both.candidates[1].admin1};
        regions.sort();
        CHECK(regions == QStringList{QStringLiteral("Aleppo"), QStringLiteral("Hama")});
        const auto hama =
            g.find(QStringLiteral("Suran"), QStringLiteral("Syria"), QStringLiteral("Hama"));
        REQUIRE(hama.candidates.size() == 1);
        CHECK(hama.candidates[0].lat == Approx(35.29193));
        CHECK(hama.by == QStringLiteral("name, country, admin1"));
        // An admin1 the gazetteer does not know (a spelling) narrows nothing.
        CHECK(g.find(QStringLiteral("Suran"), QStringLiteral("Syria"), QStringLiteral("Xyzzy"))
                  .candidates.size() == 2);
    }
    SECTION("unknown names and countries match nothing")
    {
        CHECK(g.find(QStringLiteral("Tigrisopolis")).candidates.empty());
        CHECK(g.find(QStringLiteral("Mosul"), QStringLiteral("Narnia")).candidates.empty());
        CHECK(g.find(QString()).candidates.empty());
    }
}

TEST_CASE("Gazetteer: data that is not a gazetteer is refused", "[gazetteer]")
{
    CHECK_THROWS(Gazetteer(QByteArray("not compressed at all")));
    CHECK_THROWS(Gazetteer(qCompress(QByteArray("TGZ1\x05"))));
    CHECK_THROWS(Gazetteer(qCompress(QByteArray("XXXX"))));
}
