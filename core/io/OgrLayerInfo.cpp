#include "io/OgrLayerInfo.h"

#include <QLocale>

QString OgrLayerInfo::describe() const
{
    QStringList parts;
    parts << (features < 0 ? QStringLiteral("? features")
                           : QStringLiteral("%1 feature%2")
                                 .arg(QLocale::c().toString(features))
                                 .arg(features == 1 ? QString() : QStringLiteral("s")));
    parts << geometry;
    if (!crs.isEmpty()) parts << crs;
    return QStringLiteral("%1 (%2)").arg(name, parts.join(QStringLiteral(", ")));
}
