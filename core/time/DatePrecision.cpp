#include "time/DatePrecision.h"

#include <array>

namespace {
constexpr std::array<const char*, 6> kNames{"year", "month", "day", "hour", "minute", "second"};
}

QString toString(DatePrecision p)
{
    const auto i = static_cast<std::size_t>(p) - 1;
    return i < kNames.size() ? QString::fromLatin1(kNames[i]) : QStringLiteral("day");
}

std::optional<DatePrecision> datePrecisionFromString(const QString& s)
{
    const QString key = s.trimmed().toLower();
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (key == QLatin1String(kNames[i])) return static_cast<DatePrecision>(i + 1);
    }
    return std::nullopt;
}
