#include "io/CsvFormula.h"

#include <charconv>
#include <system_error>

namespace {

bool isTrigger(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@';
}

// Apostrophes followed by a trigger character: the shape that is guarded.
bool startsLikeFormula(std::string_view cell)
{
    std::size_t i = 0;
    while (i < cell.size() && cell[i] == '\'')
        ++i;
    return i < cell.size() && isTrigger(cell[i]);
}

} // namespace

namespace CsvFormula {

bool needsGuard(std::string_view cell)
{
    if (!startsLikeFormula(cell)) return false;
    if (cell.front() == '\'') return true; // keeps apostrophes the data had (bijection)
    // A plain number (-33.5, +1e3) is left alone: spreadsheets read it as the number it is.
    const bool plus = cell.front() == '+';
    if (plus && cell.size() > 1 && (cell[1] == '-' || cell[1] == '+')) return true;
    const char* begin = cell.data() + (plus ? 1 : 0);
    const char* end = cell.data() + cell.size();
    double value = 0;
    const auto [stop, error] = std::from_chars(begin, end, value);
    return !(error == std::errc() && stop == end && begin != end);
}

QString guarded(const QString& cell)
{
    return needsGuard(cell.toUtf8().toStdString()) ? QLatin1Char('\'') + cell : cell;
}

QString unguarded(const QString& cell)
{
    // Nearly every cell is no guarded one: it is returned before any copy is made.
    if (!cell.startsWith(QLatin1Char('\''))) return cell;
    const QByteArray utf8 = cell.toUtf8();
    if (!startsLikeFormula(std::string_view(utf8.constData(), std::size_t(utf8.size()))))
        return cell;
    return cell.mid(1);
}

} // namespace CsvFormula
