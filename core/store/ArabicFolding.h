#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;

// The one normalisation of Arabic shared by the text index and the words searched for, so
// that spellings with and without vowel marks meet: harakat (U+064B–U+065F, U+0670) and
// tatweel (U+0640) are dropped; أ إ آ fold to ا, ة to ه, ى to ي. Other text is unchanged.
namespace ArabicFolding {
// UTF-8 in, UTF-8 out; returns `text` itself (no copy) when it holds no Arabic.
QByteArray foldUtf8(const QByteArray& text);
QString fold(const QString& text);
// tigris_arabic_fold(TEXT) for SQL (the reindexing migration, repairs).
void registerSqlFunction(sqlite3* db);
} // namespace ArabicFolding
