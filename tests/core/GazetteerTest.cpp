#include "geo/Gazetteer.h"

#include "GazetteerTestData.h"
#include "TestCatch.h"

#include <QStringList>
#include <algorithm>
#include <iterator>

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

TEST_CASE("Gazetteer: candidates largest first; population settles only a lopsided, known tie "
          "within a country",
          "[gazetteer]")
{
    const Gazetteer g(gazetteerData({{"Hamlet of Baghdad", 0, 35.0, 42.0, 2'000},
                                     {"Baghdad", 0, 33.34, 44.40, 7'216'000},
                                     {"Baghdad", 0, 35.0, 42.0, 2'000},
                                     {"Hit", 0, 33.64, 42.83, 31'901},
                                     {"Hit", 0, 36.0, 44.0, 1'000},
                                     {"Basra", 0, 36.5, 44.5, 0},
                                     {"Basra", 0, 30.51, 47.78, 2'600'000},
                                     {"Qaim", 0, 34.37, 41.09, 150'000},
                                     {"Qaim", 0, 36.1, 43.2, 20'000},
                                     {"Ramadi", 1, 35.5, 38.0, 500},
                                     {"Ramadi", 0, 33.42, 43.30, 274'539}}));
    // Baghdad: 7.2 million against 2,000, in the row's country: the largest, saying so.
    const auto baghdad = g.find(QStringLiteral("Baghdad"), QStringLiteral("IQ"));
    REQUIRE(baghdad.candidates.size() == 2);
    CHECK(baghdad.byPopulation);
    CHECK(baghdad.candidates[0].population == 7'216'000);
    CHECK(baghdad.candidates[1].population == 2'000);
    CHECK(baghdad.by == QStringLiteral("name, country, population"));
    // Without a country nothing is chosen, however lopsided.
    const auto anywhere = g.find(QStringLiteral("Baghdad"));
    CHECK_FALSE(anywhere.byPopulation);
    CHECK(anywhere.candidates[0].population == 7'216'000);
    CHECK(anywhere.by == QStringLiteral("name"));
    // The largest under 100,000; another of unknown size; less than ten times the next.
    for (const char* name : {"Hit", "Basra", "Qaim"}) {
        const auto m = g.find(QString::fromLatin1(name), QStringLiteral("Iraq"));
        REQUIRE(m.candidates.size() == 2);
        CHECK_FALSE(m.byPopulation);
        CHECK(m.candidates[0].population > m.candidates[1].population);
    }
    // Ramadi in Syria is another country's: one candidate, no tie to settle.
    const auto ramadi = g.find(QStringLiteral("Ramadi"), QStringLiteral("Iraq"));
    REQUIRE(ramadi.candidates.size() == 1);
    CHECK_FALSE(ramadi.byPopulation);
    CHECK(g.find(QStringLiteral("Ramadi")).candidates[0].population == 274'539);
}

TEST_CASE("Gazetteer: Arabic-script names meet Latin ones by their consonant skeleton",
          "[gazetteer]")
{
    const auto k = [](const char* s) { return Gazetteer::skeleton(QString::fromUtf8(s)); };
    CHECK(k("الموصل") == k("Mosul"));
    CHECK(k("تكريت") == k("Tikrīt"));
    CHECK(k("بيجي") == k("Bayjī"));
    CHECK(k("كركوك") == k("Kirkuk"));
    CHECK(k("الفلوجة") == k("Al Fallūjah"));
    CHECK(k("الفلوجة") == k("Falluja"));
    CHECK(k("بغداد") == k("Baghdad"));
    CHECK(k("الرمادي") == k("Ar Ramādī"));
    CHECK(k("الموصل") == QStringLiteral("msl"));
    CHECK(k("Mosul") != k("Basra"));
    // Persian and Urdu letters, presentation forms, harakat and tatweel: no crash, a skeleton.
    CHECK(k("پیشاور") == QStringLiteral("bsr"));
    CHECK(k("گوادر") == QStringLiteral("gdr"));
    CHECK(k("ٹ ڈ ڑ ں ے ۀ ژ چ") == QStringLiteral("tdrnzc"));
    CHECK(k("\xEF\xBB\xBB\xEF\xBB\xBC") == QStringLiteral("l")); // lam-alef ligatures
    CHECK(k("مَوْصِل") == QStringLiteral("msl"));
    CHECK(k("مـوصـل") == QStringLiteral("msl"));
    CHECK(k("ء ع ا") == QString());
    CHECK(Gazetteer::hasArabicScript(QString::fromUtf8("الموصل")));
    CHECK_FALSE(Gazetteer::hasArabicScript(QStringLiteral("Mosul")));

    const Gazetteer& g = Gazetteer::bundled();
    for (const char* name : {"الموصل", "تكريت", "كركوك", "الفلوجة", "بغداد", "الرمادي"}) {
        INFO(name);
        const auto m = g.find(QString::fromUtf8(name), QStringLiteral("Iraq"));
        REQUIRE(m.candidates.size() == 1);
        CHECK(m.candidates[0].countryCode == QStringLiteral("IQ"));
        CHECK(m.by == QStringLiteral("skeleton, country"));
        // The skeleton is loose, so it is never used without a country.
        CHECK(g.find(QString::fromUtf8(name)).candidates.empty());
    }
    CHECK(g.find(QString::fromUtf8("الموصل"), QStringLiteral("IQ")).candidates[0].name ==
          QStringLiteral("Mosul"));
    CHECK(g.find(QString::fromUtf8("بغداد"), QStringLiteral("IQ")).candidates[0].lat ==
          Approx(33.34).margin(0.1));
    // بيجي is Bayji's skeleton and also Al Ba'aj's (the ayn is not written in Latin): both are
    // listed, Bayji (36,454 people) first; Al Ba'aj's size is unknown, so nothing is chosen.
    const auto baiji = g.find(QString::fromUtf8("بيجي"), QStringLiteral("Iraq"));
    REQUIRE(baiji.candidates.size() == 2);
    CHECK(baiji.candidates[0].name == QString::fromUtf8("Bayjī"));
    CHECK_FALSE(baiji.byPopulation);
    // Persian and Urdu names go through the same path without harm.
    for (const char* name : {"پیشاور", "لاہور", "کراچی", "ٹ", "ۀ"})
        CHECK_NOTHROW(g.find(QString::fromUtf8(name), QStringLiteral("PK")));
}

TEST_CASE("Gazetteer: the bundled places carry GeoNames populations", "[gazetteer]")
{
    const Gazetteer& g = Gazetteer::bundled();
    const auto mosul = g.find(QStringLiteral("Mosul"), QStringLiteral("IQ"));
    REQUIRE(mosul.candidates.size() == 1);
    CHECK(mosul.candidates[0].population > 1'000'000);
    // Sinjar: Iraq's (38,294 people) before Syria's (size unknown); no country, so no choice.
    const auto sinjar = g.find(QStringLiteral("Sinjar"));
    REQUIRE(sinjar.candidates.size() == 2);
    CHECK(sinjar.candidates[0].countryCode == QStringLiteral("IQ"));
    CHECK(sinjar.candidates[0].population > 0);
    CHECK_FALSE(sinjar.byPopulation);
}

TEST_CASE("Gazetteer: any text is a name to look up, never a crash", "[gazetteer]")
{
    const Gazetteer& g = Gazetteer::bundled();
    // Seeded: Arabic, Persian and Urdu letters, harakat, presentation forms, Latin with
    // accents, digits, marks and stray surrogates, in random words.
    const char16_t ranges[][2] = {{0x0600, 0x06FF}, {0x0750, 0x077F}, {0x08A0, 0x08FF},
                                  {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}, {0x0020, 0x007E},
                                  {0x00C0, 0x024F}, {0x0300, 0x036F}, {0xD800, 0xDFFF}};
    quint32 seed = 12345;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    for (int i = 0; i < 3000; ++i) {
        QString name;
        const int length = int(next() % 12);
        for (int k = 0; k < length; ++k) {
            const auto& r = ranges[next() % std::size(ranges)];
            name += QChar(char16_t(r[0] + next() % (r[1] - r[0] + 1)));
        }
        INFO(name.toStdString());
        const QString key = Gazetteer::skeleton(name);
        CHECK(std::all_of(key.begin(), key.end(), [](QChar c) { return c.unicode() < 0x80; }));
        CHECK(g.find(name, QStringLiteral("IQ")).candidates.size() < 1000);
    }
}
