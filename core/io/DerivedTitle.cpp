#include "io/DerivedTitle.h"

QString derivedTitle(const Event& e)
{
    const QString what = !e.subCategory.isEmpty() ? e.subCategory : e.category;
    QString t = what;
    if (!e.locationName.isEmpty())
        t = t.isEmpty() ? e.locationName : QStringLiteral("%1 in %2").arg(t, e.locationName);
    const QString when = e.startDate().display();
    return t.isEmpty() ? QStringLiteral("Event of %1").arg(when) : t + QStringLiteral(", ") + when;
}
