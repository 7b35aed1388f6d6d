#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

// The first records of a CSV file, read as an import would read them (the same reader and
// encodings), for the mapping dialog's preview.
struct CsvPreview {
    std::vector<std::vector<QByteArray>> records; // UTF-8; the header first when there is one
    std::vector<qint64> lines;                    // the line where each record starts
    char delimiter = ',';
    QString error; // why reading stopped early; empty when it did not

    // `delimiter` 0: detected from the first line. `encoding` "auto" or a name.
    static CsvPreview read(const QString& path, char delimiter, const QString& encoding,
                           int maxRecords = 50);
};
