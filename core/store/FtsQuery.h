#pragma once

#include <QString>

// Turns words typed by a user into an FTS5 MATCH expression that can never be a syntax error:
// the text is cut into tokens the way the index's unicode61 tokenizer cuts it (letters,
// numbers, private-use characters), each token is quoted and all of them are required.
// Quotes, operators (AND, NEAR, *, ^, :) and brackets are separators, never syntax.
// Each quoted string holds exactly one token because the index keeps no positions
// (detail=none), so it cannot answer phrase queries.
// Returns an empty string when the text holds no searchable token.
namespace FtsQuery {
QString matchExpression(const QString& userText);
}
