#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <vector>

struct pg_conn;
struct pg_result;
using PGconn = pg_conn;
using PGresult = pg_result;

// One answer of the server (RAII over PGresult). Values are read as the statement asked for
// them: text by default, binary (network byte order) when exec was asked for binary results.
class PgResult {
  public:
    PgResult() = default;
    explicit PgResult(PGresult* result) : result_(result) {}
    ~PgResult();
    PgResult(PgResult&& other) noexcept;
    PgResult& operator=(PgResult&& other) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;

    PGresult* get() const { return result_; }
    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    // Text results.
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const; // the raw value (text or binary)
    qint64 int64(int row, int column) const;     // 0 when NULL
    double real(int row, int column) const;      // NaN when NULL
    // Binary results: int8, int4, float8 as sent.
    qint64 binaryInt64(int row, int column) const;
    double binaryReal(int row, int column) const;
    // The number of rows an INSERT/UPDATE/DELETE touched.
    qint64 affected() const;

  private:
    PGresult* result_ = nullptr;
};

// Parameters of one statement, $1 … $n in the order added. Text values are sent as text and
// converted by the server to the parameter's type; binary ones as they are (int8 in network
// byte order, say). A null QByteArray is SQL NULL.
class PgParams {
  public:
    PgParams& text(const QByteArray& utf8);
    PgParams& text(const QString& value) { return text(value.toUtf8()); }
    PgParams& integer(qint64 value); // as text: fits any integer column
    PgParams& real(double value);    // as text, exactly (shortest round-trip form); NaN → NULL
    PgParams& binary(const QByteArray& bytes);
    PgParams& null();
    int size() const { return int(values_.size()); }

  private:
    friend class PgConnection;
    std::vector<QByteArray> values_;
    std::vector<int> formats_; // 0 text, 1 binary
};

// A connection to a PostgreSQL server (RAII over PGconn), from a libpq connection URI or
// key=value string. Every failure throws StoreError whose message names the server (`display`,
// never a password) and what we were doing, then the server's own message. The password comes
// from the URI, ~/.pgpass or PGPASSWORD, as libpq finds it; this class keeps none.
class PgConnection {
  public:
    // `conninfo`: what libpq connects with (may hold a password); `display`: how messages
    // name the server (without one).
    PgConnection(const QString& conninfo, const QString& display);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    PGconn* handle() const { return conn_; }
    const QString& display() const { return display_; }

    // Runs one or more statements without parameters; throws on an error, naming `doing`
    // ("creating the schema"). Returns the last statement's result.
    PgResult exec(const QByteArray& sql, const char* doing = nullptr);
    // One statement with parameters $1…$n; results as text, or binary when `binaryResults`.
    PgResult exec(const QByteArray& sql, const PgParams& params, const char* doing = nullptr,
                  bool binaryResults = false);

    // COPY … FROM STDIN: `produce` fills the buffer with the next chunk of data (appending) and
    // returns false when there is no more; the buffer is sent and cleared between calls.
    // Throws when the server refuses a row; the statement then has failed (and so has the
    // surrounding transaction).
    void copyIn(const QByteArray& copySql, const std::function<bool(QByteArray& chunk)>& produce,
                const char* doing = nullptr);
    // The same in steps, for a writer that keeps one COPY open while it produces rows: no
    // other statement may run on the connection between begin and end.
    void beginCopyIn(const QByteArray& copySql, const char* doing = nullptr);
    void putCopyData(const QByteArray& data, const char* doing = nullptr);
    void endCopyIn(const char* doing = nullptr);
    void abortCopyIn(); // ends it as failed (the transaction has then failed); never throws
    bool isCopying() const { return copying_; }

    // COPY … TO STDOUT: `consume` gets each chunk libpq hands out (for binary COPY one row a
    // chunk, the header with the first and the trailer on its own).
    void copyOut(const QByteArray& copySql,
                 const std::function<void(const char* data, int size)>& consume,
                 const char* doing = nullptr);

    // The server's message for the last failure, for callers that test rather than throw.
    QString lastError() const;
    // A StoreError naming the server, `doing` and the server's message.
    StoreError error(const char* doing, const QString& serverMessage) const;

  private:
    PgResult check(PGresult* result, const char* doing, int expected) const;
    QString drainResults(); // after a COPY: the first error message, if any

    PGconn* conn_ = nullptr;
    QString display_;
    bool copying_ = false;
};

// A transaction that is rolled back unless committed: BEGIN in the constructor, ROLLBACK on
// every way out of the scope but commit(). Throws StoreError when BEGIN or COMMIT fails.
class PgTransaction {
  public:
    explicit PgTransaction(PgConnection& connection, const char* begin = "BEGIN");
    ~PgTransaction();
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;

    void commit();
    bool isOpen() const { return open_; }

  private:
    PgConnection& connection_;
    bool open_ = true;
};
