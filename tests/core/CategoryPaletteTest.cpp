// Categories: a palette that stays distinct, and "Uncategorised" for events without one.
#include "TestCatch.h"
#include "model/Category.h"
#include "model/Event.h"
#include "store/EventStore.h"

#include <QSet>
#include <QTemporaryDir>

TEST_CASE("Category palette: 24 distinct colour-and-shape pairs, no grey", "[category]")
{
    const auto& p = Category::palette();
    REQUIRE(p.size() >= 20);
    QSet<QRgb> colours;
    for (const auto& s : p) {
        colours.insert(s.rgb);
        const QColor c = QColor::fromRgb(s.rgb);
        CHECK(c.hsvSaturation() > 40); // greys belong to Uncategorised
        CHECK(Category::markerFor(c) == s.marker);
    }
    CHECK(colours.size() == int(p.size()));
    CHECK(Category::markerFor(QColor(0x12, 0x34, 0x56)) == Category::Marker::Circle);
}

TEST_CASE("Category colours: the first free entry, stable per name", "[category]")
{
    std::vector<QColor> taken;
    for (int i = 0; i < 24; ++i) {
        const QColor c = Category::defaultColourFor(QStringLiteral("type %1").arg(i), taken);
        for (const QColor& t : taken)
            CHECK(t != c);
        taken.push_back(c);
    }
    // The same name and the same taken colours: the same colour, on every run.
    CHECK(Category::defaultColourFor(QStringLiteral("Battles")) ==
          Category::defaultColourFor(QStringLiteral(" battles ")));
}

TEST_CASE("Store: 20 categories get 20 colours; events without one are Uncategorised, last",
          "[category][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.tigris"));
    {
        auto store = EventStore::create(path);
        auto w = store->beginWrite();
        for (int i = 0; i < 21; ++i) {
            Event e;
            e.title = QStringLiteral("e%1").arg(i);
            e.start = 1'400'000'000 + i * 86400;
            e.lat = 33;
            e.lon = 44;
            if (i < 20) e.category = QStringLiteral("Kind %1").arg(i); // the last: none
            w->addEvent(e);
        }
        w->commit();
    }
    auto store = EventStore::open(path);
    const auto categories = store->categories();
    REQUIRE(categories.size() == 21);
    QSet<QRgb> colours;
    for (std::size_t i = 0; i < 20; ++i)
        colours.insert(categories[i].colour.rgb());
    CHECK(colours.size() == 20);
    const Category& last = categories.back();
    CHECK(last.isUncategorised());
    CHECK(last.colour.hsvSaturation() == 0); // grey
    const EventColumns columns = store->loadColumns();
    REQUIRE(columns.size() == 21);
    int uncategorised = 0;
    for (std::size_t i = 0; i < columns.size(); ++i)
        uncategorised += columns.category[i] == 20;
    CHECK(uncategorised == 1); // counted as its own, not as the first category
    CHECK(std::count(columns.category.begin(), columns.category.end(), 0) == 1);

    EventQuery q;
    q.categories = QStringList{QString::fromLatin1(Category::kUncategorised)};
    CHECK(store->queryIds(q).size() == 1);
}

TEST_CASE("category colours as the project stores them read back as QColor reads them", "[store]")
{
    // The store parses and writes the text itself, so that it links no Qt Gui code; the
    // answers are QColor's own.
    for (const char* text : {"#d55e00", "#0072B2", "#8c8c8c", "#000000", "#ffffff", "#abc"}) {
        INFO(text);
        const QColor expected(QString::fromLatin1(text));
        CHECK(Category::colourFromText(QString::fromLatin1(text)) == expected);
        CHECK(Category::textOf(expected.rgb()) == expected.name(QColor::HexRgb));
    }
    for (const char* bad : {"", "#", "#12", "#12345", "#gggggg", "d55e00", "#d55e00ff"}) {
        INFO(bad);
        CHECK_FALSE(Category::colourFromText(QString::fromLatin1(bad)).isValid());
    }
    CHECK(Category::colourOf(0x112233) == QColor(0x11, 0x22, 0x33));
    CHECK(Category::defaultColourFor(QStringLiteral("Battles")) ==
          Category::colourOf(Category::defaultRgbFor(QStringLiteral("Battles"))));
}
