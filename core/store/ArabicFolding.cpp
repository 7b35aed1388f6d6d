#include "store/ArabicFolding.h"

#include <sqlite3.h>

namespace {

// U+0600–U+063F is D8 80–D8 BF in UTF-8, U+0640–U+067F is D9 80–D9 BF.
bool dropped(uchar lead, uchar trail)
{
    if (lead != 0xD9) return false;
    return trail == 0x80 || (trail >= 0x8B && trail <= 0x9F) || trail == 0xB0;
}

// The folded second byte, or 0 when the letter stays (lead byte unchanged in every case but
// ة (D8 A9) → ه (D9 87)).
void foldLetter(uchar& lead, uchar& trail)
{
    if (lead == 0xD8 && (trail == 0xA2 || trail == 0xA3 || trail == 0xA5)) {
        trail = 0xA7; // آ أ إ → ا
    } else if (lead == 0xD8 && trail == 0xA9) {
        lead = 0xD9; // ة → ه
        trail = 0x87;
    } else if (lead == 0xD9 && trail == 0x89) {
        trail = 0x8A; // ى → ي
    }
}

void sqlFold(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray in = QByteArray::fromRawData(text, sqlite3_value_bytes(argv[0]));
    const QByteArray out = ArabicFolding::foldUtf8(in);
    sqlite3_result_text(context, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

} // namespace

namespace ArabicFolding {

QByteArray foldUtf8(const QByteArray& text)
{
    const char* data = text.constData();
    const qsizetype size = text.size();
    // Most text holds no Arabic: find the first lead byte of the Arabic block, or return.
    qsizetype i = 0;
    while (i < size && uchar(data[i]) != 0xD8 && uchar(data[i]) != 0xD9)
        ++i;
    if (i == size) return text;
    QByteArray out;
    out.reserve(size);
    out.append(data, i);
    while (i < size) {
        uchar lead = uchar(data[i]);
        if ((lead == 0xD8 || lead == 0xD9) && i + 1 < size) {
            uchar trail = uchar(data[i + 1]);
            i += 2;
            if (dropped(lead, trail)) continue;
            foldLetter(lead, trail);
            out.append(char(lead));
            out.append(char(trail));
            continue;
        }
        out.append(char(lead));
        ++i;
    }
    return out;
}

QString fold(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray folded = foldUtf8(utf8);
    return folded.constData() == utf8.constData() ? text : QString::fromUtf8(folded);
}

void registerSqlFunction(sqlite3* db)
{
    sqlite3_create_function(db, "tigris_arabic_fold", 1,
                            SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, sqlFold,
                            nullptr, nullptr);
}

} // namespace ArabicFolding
