#pragma once

#include <QByteArray>
#include <QString>

// The words of the text index as the project file's FTS5 index holds them, for a store that
// indexes elsewhere (the server's `search` vector): the text is Arabic-folded (ArabicFolding)
// and cut by SQLite's own unicode61 tokenizer with remove_diacritics 2, the one the file's
// index uses, so that case, Latin diacritics (Mósul, MOSUL, mosul) and Arabic spellings meet
// by the same single definition on both. The tokens come back in UTF-8, one space between
// them, for PostgreSQL's 'simple' configuration to take as they are.
namespace SearchTokens {
// For the index (a document).
QByteArray ofDocument(const QString& text);
// For the words searched for (a query): the same cut.
QByteArray ofQuery(const QString& words);
} // namespace SearchTokens
