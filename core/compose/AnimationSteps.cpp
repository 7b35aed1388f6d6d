#include "compose/AnimationSteps.h"

#include <QRegularExpression>
#include <algorithm>

std::optional<AnimationSteps> AnimationSteps::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4})([dwmy])$"));
    const auto m = re.match(text.trimmed().toLower());
    if (!m.hasMatch() || m.captured(1).toInt() < 1) return std::nullopt;
    AnimationSteps s;
    s.count = m.captured(1).toInt();
    switch (m.captured(2).at(0).toLatin1()) {
    case 'd':
        s.unit = Unit::Day;
        break;
    case 'w':
        s.unit = Unit::Week;
        break;
    case 'm':
        s.unit = Unit::Month;
        break;
    default:
        s.unit = Unit::Year;
        break;
    }
    return s;
}

std::vector<TimeWindow> AnimationSteps::windows(const TimeWindow& range, bool cumulative,
                                                int limit) const
{
    std::vector<TimeWindow> out;
    const TimeWindow first{range.from, Calendar::add(range.from, unit, count)};
    for (qint64 k = 0; int(out.size()) < limit; ++k) {
        const TimeWindow w = Calendar::step(first, unit, k * count);
        if (w.from >= range.to) break;
        out.push_back(TimeWindow{cumulative ? range.from : w.from, std::min(w.to, range.to)});
    }
    return out;
}
