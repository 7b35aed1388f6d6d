#pragma once

#include <QString>

// Plain text from a fragment that may hold HTML (KML descriptions, TimelineJS headlines).
// Tags are dropped, never interpreted: no links, images or scripts survive, only the words.
namespace HtmlText {
// <br>, </p>, </div>, </li> become line breaks; the named entities of XML and HTML's common
// ones (&nbsp; &mdash; …) and numeric references are decoded; runs of spaces collapse.
// Text without '<' or '&' is returned trimmed and otherwise unchanged.
QString toPlain(const QString& html);
} // namespace HtmlText
