#include "store/FtsQuery.h"

#include "store/ArabicFolding.h"

#include <QStringList>

namespace {
// unicode61's default token characters: categories L*, N* and Co.
bool isTokenCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}
} // namespace

namespace FtsQuery {

QString matchExpression(const QString& typed)
{
    // The index holds Arabic folded: fold the words the same way, before cutting them, as
    // vowel marks are not token characters.
    const QString userText = ArabicFolding::fold(typed);
    QStringList terms;
    QString token;
    const auto flush = [&] {
        // Quoted: a token that reads AND, OR, NOT or NEAR is a word, not an operator.
        if (!token.isEmpty()) terms << QLatin1Char('"') + token + QLatin1Char('"');
        token.clear();
    };
    for (qsizetype i = 0; i < userText.size(); ++i) {
        const QChar ch = userText.at(i);
        const bool pair =
            ch.isHighSurrogate() && i + 1 < userText.size() && userText.at(i + 1).isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(ch, userText.at(i + 1)) : ch.unicode();
        if (isTokenCharacter(c)) {
            token += ch;
            if (pair) token += userText.at(i + 1);
        } else {
            flush();
        }
        if (pair) ++i;
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

} // namespace FtsQuery
