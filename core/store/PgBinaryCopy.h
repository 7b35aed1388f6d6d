#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <cmath>

// PostgreSQL's binary COPY format (https://www.postgresql.org/docs/15/sql-copy.html): a
// header, then per row a field count and each field as a length and its bytes in network byte
// order, then a trailer. Imports write rows with PgCopyEncoder; loadColumns reads them with
// PgCopyDecoder. The column types must match exactly (int8 is 8 bytes, int4 4, float8 8).

class PgCopyEncoder {
  public:
    explicit PgCopyEncoder(QByteArray& out) : out_(out) {}
    void header();  // once, first
    void trailer(); // once, last
    void row(int fields);
    void int8(qint64 v);
    void int4(qint32 v);
    void int2(qint16 v);
    void float8(double v); // NaN is written as NULL
    void boolean(bool v);
    void text(const QByteArray& utf8); // a null QByteArray is NULL
    void text(const QString& s) { text(s.isNull() ? QByteArray() : s.toUtf8()); }
    void null();
    // A PostGIS point as EWKB (geometry's binary form) with its SRID; NULL when either is NaN.
    void point(double lon, double lat, qint32 srid);

  private:
    void length(qint32 n);
    QByteArray& out_;
};

// Reads rows from the chunks PgConnection::copyOut hands out (which are whole rows for binary
// COPY; the header arrives with the first). Throws StoreError on bytes that are not the format.
class PgCopyDecoder {
  public:
    // Starts a row from `data` (a chunk): false for the trailer. The first call checks the header.
    bool row(const char* data, int size);
    int fields() const { return fields_; }
    bool isNull() const; // the next field
    qint64 int8();
    qint32 int4();
    qint16 int2();
    double float8(); // NULL reads as NaN
    bool boolean();
    QByteArray bytes(); // NULL reads as a null QByteArray

  private:
    const char* field(int expected); // the next field's bytes; nullptr for NULL
    const char* p_ = nullptr;
    const char* end_ = nullptr;
    int fields_ = 0;
    bool headerSeen_ = false;
};
