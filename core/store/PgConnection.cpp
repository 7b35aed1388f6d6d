#include "store/PgConnection.h"

#include <QtEndian>
#include <cmath>
#include <cstring>
#include <libpq-fe.h>

// ---------------------------------------------------------------------------------------------
// PgResult

PgResult::~PgResult()
{
    if (result_) PQclear(result_);
}

PgResult::PgResult(PgResult&& other) noexcept : result_(other.result_)
{
    other.result_ = nullptr;
}

PgResult& PgResult::operator=(PgResult&& other) noexcept
{
    if (this != &other) {
        if (result_) PQclear(result_);
        result_ = other.result_;
        other.result_ = nullptr;
    }
    return *this;
}

int PgResult::rows() const
{
    return result_ ? PQntuples(result_) : 0;
}

int PgResult::columns() const
{
    return result_ ? PQnfields(result_) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(result_, row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(result_, row, column), PQgetlength(result_, row, column));
}

QByteArray PgResult::bytes(int row, int column) const
{
    if (isNull(row, column)) return {};
    return QByteArray(PQgetvalue(result_, row, column), PQgetlength(result_, row, column));
}

qint64 PgResult::int64(int row, int column) const
{
    if (isNull(row, column)) return 0;
    return std::strtoll(PQgetvalue(result_, row, column), nullptr, 10);
}

double PgResult::real(int row, int column) const
{
    if (isNull(row, column)) return std::nan("");
    return std::strtod(PQgetvalue(result_, row, column), nullptr);
}

qint64 PgResult::binaryInt64(int row, int column) const
{
    const char* v = PQgetvalue(result_, row, column);
    switch (PQgetlength(result_, row, column)) {
    case 8:
        return qFromBigEndian<qint64>(v);
    case 4:
        return qFromBigEndian<qint32>(v);
    case 2:
        return qFromBigEndian<qint16>(v);
    default:
        return 0;
    }
}

double PgResult::binaryReal(int row, int column) const
{
    if (isNull(row, column)) return std::nan("");
    const quint64 bits = qFromBigEndian<quint64>(PQgetvalue(result_, row, column));
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

qint64 PgResult::affected() const
{
    return result_ ? std::strtoll(PQcmdTuples(result_), nullptr, 10) : 0;
}

// ---------------------------------------------------------------------------------------------
// PgParams

PgParams& PgParams::text(const QByteArray& utf8)
{
    // A null QByteArray is NULL; an empty one is the empty string.
    values_.push_back(utf8.isNull() ? QByteArray() : utf8.isEmpty() ? QByteArray("") : utf8);
    formats_.push_back(0);
    return *this;
}

PgParams& PgParams::integer(qint64 value)
{
    return text(QByteArray::number(value));
}

PgParams& PgParams::real(double value)
{
    if (std::isnan(value)) return null();
    return text(QByteArray::number(value, 'g', 17));
}

PgParams& PgParams::binary(const QByteArray& bytes)
{
    values_.push_back(bytes.isNull() ? QByteArray("") : bytes);
    formats_.push_back(1);
    return *this;
}

PgParams& PgParams::null()
{
    values_.emplace_back();
    formats_.push_back(0);
    return *this;
}

// ---------------------------------------------------------------------------------------------
// PgConnection

namespace {
QString serverMessage(PGconn* conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

// The server's message and its detail (which names the value, for a refused row), without
// libpq's "ERROR:" prefix and the context lines.
QString resultMessage(PGresult* r)
{
    const auto field = [r](int code) { return QString::fromUtf8(PQresultErrorField(r, code)); };
    QString message = field(PG_DIAG_MESSAGE_PRIMARY);
    if (message.isEmpty()) return QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
    const QString detail = field(PG_DIAG_MESSAGE_DETAIL);
    if (!detail.isEmpty()) message += QStringLiteral("; ") + detail;
    return message;
}
} // namespace

PgConnection::PgConnection(const QString& conninfo, const QString& display) : display_(display)
{
    const QByteArray info = conninfo.toUtf8();
    conn_ = PQconnectdb(info.constData());
    if (!conn_) throw error("connecting", QStringLiteral("out of memory"));
    if (PQstatus(conn_) != CONNECTION_OK) {
        const QString message = serverMessage(conn_);
        PQfinish(conn_);
        conn_ = nullptr;
        throw error("connecting", message);
    }
    // Text in and out is UTF-8, whatever the database's or the client's locale says; dates
    // and numbers are Tigris's own integers, so no other setting changes what we read.
    if (PQsetClientEncoding(conn_, "UTF8") != 0) {
        const QString message = serverMessage(conn_);
        PQfinish(conn_);
        conn_ = nullptr;
        throw error("setting the client encoding", message);
    }
    // Notices (e.g. "relation already exists, skipping") are not the user's business.
    PQsetNoticeProcessor(
        conn_, [](void*, const char*) {}, nullptr);
}

PgConnection::~PgConnection()
{
    if (conn_) PQfinish(conn_);
}

QString PgConnection::lastError() const
{
    return conn_ ? serverMessage(conn_) : QString();
}

StoreError PgConnection::error(const char* doing, const QString& serverMessage) const
{
    QString message = display_;
    if (doing && *doing) message += QStringLiteral(": ") + QString::fromUtf8(doing) + " failed";
    if (!serverMessage.isEmpty()) message += QStringLiteral(" (") + serverMessage + ')';
    return StoreError(message);
}

PgResult PgConnection::check(PGresult* raw, const char* doing, int expected) const
{
    PgResult result(raw);
    if (!raw) throw error(doing, serverMessage(conn_));
    const ExecStatusType status = PQresultStatus(raw);
    if (status == expected || (expected == PGRES_COMMAND_OK && status == PGRES_TUPLES_OK) ||
        (expected == PGRES_TUPLES_OK && status == PGRES_COMMAND_OK))
        return result;
    QString message = resultMessage(raw);
    if (message.isEmpty()) message = serverMessage(conn_);
    throw error(doing ? doing : "a statement", message);
}

PgResult PgConnection::exec(const QByteArray& sql, const char* doing)
{
    return check(PQexec(conn_, sql.constData()), doing, PGRES_COMMAND_OK);
}

PgResult PgConnection::exec(const QByteArray& sql, const PgParams& params, const char* doing,
                            bool binaryResults)
{
    const int n = params.size();
    std::vector<const char*> values(std::size_t(n), nullptr);
    std::vector<int> lengths(std::size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        const QByteArray& v = params.values_[std::size_t(i)];
        if (!v.isNull()) {
            values[std::size_t(i)] = v.constData();
            lengths[std::size_t(i)] = int(v.size());
        }
    }
    return check(PQexecParams(conn_, sql.constData(), n, nullptr, values.data(), lengths.data(),
                              params.formats_.data(), binaryResults ? 1 : 0),
                 doing, PGRES_TUPLES_OK);
}

void PgConnection::copyIn(const QByteArray& copySql,
                          const std::function<bool(QByteArray& chunk)>& produce, const char* doing)
{
    beginCopyIn(copySql, doing);
    QByteArray chunk;
    bool more = true;
    while (more) {
        chunk.clear();
        try {
            more = produce(chunk);
        } catch (...) {
            abortCopyIn();
            throw;
        }
        putCopyData(chunk, doing);
    }
    endCopyIn(doing);
}

void PgConnection::beginCopyIn(const QByteArray& copySql, const char* doing)
{
    check(PQexec(conn_, copySql.constData()), doing, PGRES_COPY_IN);
    copying_ = true;
}

void PgConnection::putCopyData(const QByteArray& data, const char* doing)
{
    if (data.isEmpty()) return;
    if (PQputCopyData(conn_, data.constData(), int(data.size())) != 1) {
        // The server ended the COPY (a refused row) or the connection is gone: its reason.
        copying_ = false;
        PQputCopyEnd(conn_, nullptr);
        QString message = drainResults();
        if (message.isEmpty()) message = serverMessage(conn_);
        throw error(doing ? doing : "copying rows", message);
    }
}

void PgConnection::endCopyIn(const char* doing)
{
    copying_ = false;
    PQputCopyEnd(conn_, nullptr);
    const QString message = drainResults();
    if (!message.isEmpty()) throw error(doing ? doing : "copying rows", message);
}

void PgConnection::abortCopyIn()
{
    if (!copying_) return;
    copying_ = false;
    PQputCopyEnd(conn_, "cancelled by the client");
    drainResults();
}

void PgConnection::copyOut(const QByteArray& copySql,
                           const std::function<void(const char* data, int size)>& consume,
                           const char* doing)
{
    check(PQexec(conn_, copySql.constData()), doing, PGRES_COPY_OUT);
    char* buffer = nullptr;
    int size = 0;
    while ((size = PQgetCopyData(conn_, &buffer, 0)) > 0) {
        try {
            consume(buffer, size);
        } catch (...) {
            PQfreemem(buffer);
            // Drain what is left so that the connection stays usable.
            while (PQgetCopyData(conn_, &buffer, 0) > 0)
                PQfreemem(buffer);
            drainResults();
            throw;
        }
        PQfreemem(buffer);
    }
    QString message = drainResults();
    if (size == -2 && message.isEmpty()) message = serverMessage(conn_);
    if (!message.isEmpty()) throw error(doing ? doing : "reading rows", message);
}

QString PgConnection::drainResults()
{
    QString message;
    while (PGresult* r = PQgetResult(conn_)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && message.isEmpty()) message = resultMessage(r);
        PQclear(r);
    }
    return message;
}

// ---------------------------------------------------------------------------------------------
// PgTransaction

PgTransaction::PgTransaction(PgConnection& connection, const char* begin) : connection_(connection)
{
    connection_.exec(begin, "starting a transaction");
}

PgTransaction::~PgTransaction()
{
    // ROLLBACK also ends a transaction that has failed; a lost connection has none to end.
    if (open_) PQclear(PQexec(connection_.handle(), "ROLLBACK"));
}

void PgTransaction::commit()
{
    // COMMIT of a transaction that has failed "succeeds" by rolling back: only the command tag
    // tells.
    const PgResult r = connection_.exec("COMMIT", "saving the change");
    open_ = false;
    if (std::strcmp(PQcmdStatus(r.get()), "COMMIT") != 0)
        throw connection_.error("saving the change",
                                QStringLiteral("an earlier statement failed; nothing was saved"));
}
