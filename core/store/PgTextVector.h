#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <initializer_list>

// The server's text index values made on this side, from the words SearchTokens cut (the
// project file's FTS5 tokens), so that the server parses nothing: `to_tsvector` was a third of
// a large import's INSERT on the server (docs/performance.md), and a word is now the same
// lexeme whatever the server's locale makes of its letters.
namespace PgTextVector {
// A tsvector in PostgreSQL's binary form (COPY … (FORMAT binary), tsvector_recv): every
// distinct word once, verbatim, without positions (strip(to_tsvector('simple', …)) of the
// same words): searches are words that must all be there, never phrases, and the positions
// were a third of a vector's bytes. Words of 2048 bytes or more are left out, as to_tsvector
// does. `lists` are space-separated words (SearchTokens::ofDocument).
QByteArray encode(std::initializer_list<QByteArrayView> lists);
// A tsquery in text form that every one of `words` (space-separated) must match, verbatim
// ('a' & 'b'); empty when there is none.
QByteArray allOf(QByteArrayView words);
} // namespace PgTextVector
