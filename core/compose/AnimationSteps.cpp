#include "compose/AnimationSteps.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

std::optional<AnimationSteps> AnimationSteps::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4})([dwm])$"));
    const auto m = re.match(text.trimmed().toLower());
    if (!m.hasMatch() || m.captured(1).toInt() < 1) return std::nullopt;
    AnimationSteps s;
    s.count = m.captured(1).toInt();
    const QChar u = m.captured(2).at(0);
    s.unit = u == QLatin1Char('d') ? Unit::Day : u == QLatin1Char('w') ? Unit::Week : Unit::Month;
    return s;
}

qint64 AnimationSteps::advance(qint64 t) const
{
    const QDateTime d = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
    switch (unit) {
    case Unit::Day:
        return d.addDays(count).toSecsSinceEpoch();
    case Unit::Week:
        return d.addDays(7 * qint64(count)).toSecsSinceEpoch();
    case Unit::Month:
        break;
    }
    return d.addMonths(count).toSecsSinceEpoch();
}

std::vector<TimeWindow> AnimationSteps::windows(const TimeWindow& range, bool cumulative,
                                                int limit) const
{
    std::vector<TimeWindow> out;
    for (qint64 t = range.from; t < range.to && int(out.size()) < limit; t = advance(t))
        out.push_back(TimeWindow{cumulative ? range.from : t, std::min(advance(t), range.to)});
    return out;
}
