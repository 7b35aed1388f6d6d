#include "store/SearchTokens.h"

#include "store/ArabicFolding.h"
#include "store/StoreError.h"

#include <sqlite3.h>

namespace {

// SQLite's tokenizer, through the FTS5 API of an in-memory database of this thread's own
// (imports write on a worker thread). Created on first use, kept for the thread's life.
class Unicode61 {
  public:
    Unicode61()
    {
        if (sqlite3_open(":memory:", &db_) != SQLITE_OK) fail("no in-memory database");
        sqlite3_stmt* statement = nullptr;
        fts5_api* api = nullptr;
        if (sqlite3_prepare_v2(db_, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
            fail("SQLite was built without FTS5");
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
        sqlite3_finalize(statement);
        void* context = nullptr;
        if (!api || api->xFindTokenizer(api, "unicode61", &context, &methods_) != SQLITE_OK)
            fail("no unicode61 tokenizer");
        const char* args[] = {"remove_diacritics", "2"}; // as the file's event_text
        if (methods_.xCreate(context, args, 2, &tokenizer_) != SQLITE_OK)
            fail("the unicode61 tokenizer refused its options");
    }
    ~Unicode61()
    {
        if (tokenizer_) methods_.xDelete(tokenizer_);
        sqlite3_close(db_);
    }
    Unicode61(const Unicode61&) = delete;
    Unicode61& operator=(const Unicode61&) = delete;

    QByteArray tokens(const QByteArray& utf8, int flags)
    {
        QByteArray out;
        out.reserve(utf8.size());
        methods_.xTokenize(tokenizer_, &out, flags, utf8.constData(), int(utf8.size()), append);
        return out;
    }

  private:
    static int append(void* context, int, const char* token, int size, int, int)
    {
        auto* out = static_cast<QByteArray*>(context);
        if (!out->isEmpty()) out->append(' ');
        out->append(token, size);
        return SQLITE_OK;
    }
    [[noreturn]] static void fail(const char* why)
    {
        throw StoreError(
            QStringLiteral("The text index cannot be built: %1.").arg(QString::fromLatin1(why)));
    }
    sqlite3* db_ = nullptr;
    fts5_tokenizer methods_{};
    Fts5Tokenizer* tokenizer_ = nullptr;
};

QByteArray tokens(const QString& text, int flags)
{
    thread_local Unicode61 tokenizer;
    return tokenizer.tokens(ArabicFolding::foldUtf8(text.toUtf8()), flags);
}

} // namespace

namespace SearchTokens {

QByteArray ofDocument(const QString& text)
{
    return tokens(text, FTS5_TOKENIZE_DOCUMENT);
}

QByteArray ofQuery(const QString& words)
{
    return tokens(words, FTS5_TOKENIZE_QUERY);
}

} // namespace SearchTokens
