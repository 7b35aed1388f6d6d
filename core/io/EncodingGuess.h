#pragma once

#include <QByteArray>
#include <QString>

// For text that is not UTF-8 and carries no byte order mark: "windows-1256" when its high bytes
// read as Arabic words there, else "windows-1252". Arabic in Windows-1256 is runs of letters
// at 0xC1–0xFF; Western text in Windows-1252 has its accented letters one at a time between
// ASCII ones ("Caf\xE9"), so letters in runs decide it.
QString guessSingleByteEncoding(const QByteArray& sample);

// The encoding of text that is not UTF-8, by ICU's charset detector (ucsdet) over the whole
// sample given (importFile passes the first kEncodingSampleBytes), with the 1252/1256 rule above
// as the tie-break where ICU hesitates between Western and Arabic single-byte encodings or is
// unsure (confidence under 30 of 100). `confidence` is ICU's, 0–100.
struct EncodingGuess {
    QString name;       // "windows-1251", "windows-1254", "windows-1256", "shift_jis", ...
    int confidence = 0; // ICU's 0–100; 0 when the tie-break decided alone
    QString how;        // "ICU charset detector", "1252/1256 rule"
};
EncodingGuess detectEncoding(const QByteArray& sample);
constexpr qint64 kEncodingSampleBytes = 1024 * 1024;
