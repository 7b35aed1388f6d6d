#pragma once

#include <QByteArray>
#include <QString>

// For text that is not UTF-8 and carries no byte order mark: "windows-1256" when its high bytes
// read as Arabic words there, else "windows-1252". Arabic in Windows-1256 is runs of letters
// at 0xC1–0xFF; Western text in Windows-1252 has its accented letters one at a time between
// ASCII ones ("Caf\xE9"), so letters in runs decide it.
QString guessSingleByteEncoding(const QByteArray& sample);
