// libpq, loaded when the first server project is opened rather than linked. Linked, libpq
// brings Kerberos, LDAP, SASL, GnuTLS and OpenSSL: 15 shared libraries that every command paid
// for at start-up (12 ms of `tigris --help`'s 51, docs/performance.md), although most users
// never open a server project. The functions below stand in for libpq's own, with the same
// signatures (libpq-fe.h is included, so the compiler checks them): each finds its namesake
// in libpq.so.5 on its first call. The store's code calls PQ* as if libpq were linked.
//
// Where libpq is linked anyway (GDAL links it, so the tests and the GDAL plugin have it),
// these definitions still forward to libpq's: dlsym on libpq's own handle finds libpq's.
#include "base/Error.h"

#include <dlfcn.h>
#include <libpq-fe.h>

namespace {

void* libpqHandle()
{
    static void* const handle = [] {
        void* h = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
        if (!h) {
            const char* why = dlerror();
            throw StoreError(QStringLiteral("the PostgreSQL client library could not be loaded "
                                            "(%1): install the package libpq5 to open server "
                                            "projects")
                                 .arg(QString::fromLocal8Bit(why ? why : "libpq.so.5")));
        }
        return h;
    }();
    return handle;
}

template <typename F> F libpqFunction(const char* name)
{
    void* f = dlsym(libpqHandle(), name);
    if (!f)
        throw StoreError(QStringLiteral("the PostgreSQL client library has no %1: it is older "
                                        "than Tigris needs (libpq 10 or later)")
                             .arg(QLatin1String(name)));
    return reinterpret_cast<F>(f);
}

} // namespace

// One definition per libpq function the code calls; a new call to another function fails to
// link until it is added here.
#define TIGRIS_LIBPQ(result, name, parameters, arguments)                                          \
    extern "C" result name parameters                                                              \
    {                                                                                              \
        static const auto f = libpqFunction<decltype(&name)>(#name);                               \
        return f arguments;                                                                        \
    }

TIGRIS_LIBPQ(PGconn*, PQconnectdb, (const char* conninfo), (conninfo))
TIGRIS_LIBPQ(void, PQreset, (PGconn * conn), (conn))
TIGRIS_LIBPQ(ConnStatusType, PQstatus, (const PGconn* conn), (conn))
TIGRIS_LIBPQ(PGTransactionStatusType, PQtransactionStatus, (const PGconn* conn), (conn))
TIGRIS_LIBPQ(char*, PQerrorMessage, (const PGconn* conn), (conn))
TIGRIS_LIBPQ(int, PQsocket, (const PGconn* conn), (conn))
TIGRIS_LIBPQ(int, PQbackendPID, (const PGconn* conn), (conn))
TIGRIS_LIBPQ(int, PQsetClientEncoding, (PGconn * conn, const char* encoding), (conn, encoding))
TIGRIS_LIBPQ(PQnoticeProcessor, PQsetNoticeProcessor,
             (PGconn * conn, PQnoticeProcessor proc, void* arg), (conn, proc, arg))
TIGRIS_LIBPQ(PGresult*, PQexec, (PGconn * conn, const char* query), (conn, query))
TIGRIS_LIBPQ(PGresult*, PQexecParams,
             (PGconn * conn, const char* command, int nParams, const Oid* paramTypes,
              const char* const* paramValues, const int* paramLengths, const int* paramFormats,
              int resultFormat),
             (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats,
              resultFormat))
TIGRIS_LIBPQ(PGresult*, PQgetResult, (PGconn * conn), (conn))
TIGRIS_LIBPQ(int, PQconsumeInput, (PGconn * conn), (conn))
TIGRIS_LIBPQ(PGnotify*, PQnotifies, (PGconn * conn), (conn))
TIGRIS_LIBPQ(int, PQputCopyData, (PGconn * conn, const char* buffer, int nbytes),
             (conn, buffer, nbytes))
TIGRIS_LIBPQ(int, PQputCopyEnd, (PGconn * conn, const char* errormsg), (conn, errormsg))
TIGRIS_LIBPQ(int, PQgetCopyData, (PGconn * conn, char** buffer, int async), (conn, buffer, async))
TIGRIS_LIBPQ(ExecStatusType, PQresultStatus, (const PGresult* res), (res))
TIGRIS_LIBPQ(char*, PQresultErrorMessage, (const PGresult* res), (res))
TIGRIS_LIBPQ(char*, PQresultErrorField, (const PGresult* res, int fieldcode), (res, fieldcode))
TIGRIS_LIBPQ(int, PQntuples, (const PGresult* res), (res))
TIGRIS_LIBPQ(int, PQnfields, (const PGresult* res), (res))
TIGRIS_LIBPQ(char*, PQgetvalue, (const PGresult* res, int tup_num, int field_num),
             (res, tup_num, field_num))
TIGRIS_LIBPQ(int, PQgetlength, (const PGresult* res, int tup_num, int field_num),
             (res, tup_num, field_num))
TIGRIS_LIBPQ(int, PQgetisnull, (const PGresult* res, int tup_num, int field_num),
             (res, tup_num, field_num))
TIGRIS_LIBPQ(char*, PQcmdStatus, (PGresult * res), (res))
TIGRIS_LIBPQ(char*, PQcmdTuples, (PGresult * res), (res))
#undef TIGRIS_LIBPQ

// The releases are called from destructors: with nothing to release they return before
// looking for libpq, so a destructor never meets the error of a missing library.
#define TIGRIS_LIBPQ_RELEASE(name, type)                                                           \
    extern "C" void name(type p)                                                                   \
    {                                                                                              \
        if (!p) return;                                                                            \
        static const auto f = libpqFunction<decltype(&name)>(#name);                               \
        f(p);                                                                                      \
    }
TIGRIS_LIBPQ_RELEASE(PQfinish, PGconn*)
TIGRIS_LIBPQ_RELEASE(PQclear, PGresult*)
TIGRIS_LIBPQ_RELEASE(PQfreemem, void*)
#undef TIGRIS_LIBPQ_RELEASE
