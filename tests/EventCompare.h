#pragma once
// Field for field equality of two events, for the round trips of export and import.
#include "TestCatch.h"
#include "model/Event.h"

// An attribute prints as name=value when a check fails.
namespace Catch {
template <> struct StringMaker<EventAttribute> {
    static std::string convert(const EventAttribute& a)
    {
        return (a.first + QLatin1Char('=') + a.second).toStdString();
    }
};
} // namespace Catch

inline void checkSameEvent(const Event& b, const Event& a)
{
    INFO(a.title.toStdString());
    CHECK(b.externalId == a.externalId);
    CHECK(b.title == a.title);
    CHECK(b.titleDerived == a.titleDerived);
    CHECK(b.description == a.description);
    CHECK(b.start == a.start);
    CHECK(b.end == a.end);
    CHECK(b.precision == a.precision);
    CHECK(b.approximate == a.approximate);
    CHECK(b.openStart == a.openStart);
    CHECK(b.openEnd == a.openEnd);
    CHECK(b.category == a.category);
    CHECK(b.subCategory == a.subCategory);
    CHECK(b.actors == a.actors);
    CHECK(b.tags == a.tags);
    CHECK(b.fatalities == a.fatalities);
    CHECK(b.locationName == a.locationName);
    CHECK(b.hasCoordinate() == a.hasCoordinate());
    if (a.hasCoordinate()) {
        CHECK(b.lat == Approx(a.lat).margin(1e-9));
        CHECK(b.lon == Approx(a.lon).margin(1e-9));
    }
    CHECK(b.geoPrecision == a.geoPrecision);
    CHECK(b.sources == a.sources);
    CHECK(b.attributes == a.attributes);
}
