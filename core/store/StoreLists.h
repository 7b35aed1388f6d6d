#pragma once

#include <QString>
#include <QStringList>

// Actors, tags and alternative names are stored as one text column each, joined by the ASCII
// unit separator: cheap to write a million times, and it never occurs in names people type.
namespace StoreLists {
inline constexpr QChar kSeparator{0x1f};

inline QString join(const QStringList& list)
{
    return list.isEmpty() ? QStringLiteral("") : list.join(kSeparator);
}

inline QStringList split(const QString& text)
{
    return text.isEmpty() ? QStringList() : text.split(kSeparator);
}
} // namespace StoreLists
