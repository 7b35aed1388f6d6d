#include "io/CsvFormula.h"

namespace {

bool isTrigger(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@');
}

// Apostrophes followed by a trigger character: the shape that is guarded.
bool startsLikeFormula(const QString& cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    return i < cell.size() && isTrigger(cell.at(i));
}

bool isPlainNumber(const QString& cell)
{
    bool ok = false;
    cell.toDouble(&ok);
    // toDouble also takes "inf" and "nan", which a spreadsheet reads as text anyway.
    return ok && !cell.contains(QLatin1Char('\''));
}

} // namespace

namespace CsvFormula {

QString guarded(const QString& cell)
{
    if (!startsLikeFormula(cell) || isPlainNumber(cell)) return cell;
    return QLatin1Char('\'') + cell;
}

QString unguarded(const QString& cell)
{
    if (!cell.startsWith(QLatin1Char('\'')) || !startsLikeFormula(cell)) return cell;
    return cell.mid(1);
}

} // namespace CsvFormula
