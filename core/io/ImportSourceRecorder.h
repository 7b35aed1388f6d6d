#pragma once

#include "io/ImportError.h"
#include "model/ImportRecord.h"
#include "store/EventStore.h"

#include <atomic>
#include <future>
#include <memory>
#include <optional>

struct ImportReport;
struct ImportOptions;

// What to do when the file being imported was imported before (same SHA-256).
enum class IfExists {
    Refuse,  // throw DuplicateSourceError: the app asks, the command line says how to choose
    Skip,    // import nothing
    Add,     // import it again as a second source
    Replace, // take the earlier source back and import the file in its place, one transaction
};

// The file was imported before and the caller did not say what to do.
class DuplicateSourceError : public ImportError {
  public:
    DuplicateSourceError(const QString& message, ImportRecord earlier)
        : ImportError(message), earlier_(std::move(earlier))
    {
    }
    const ImportRecord& earlier() const { return earlier_; }

  private:
    ImportRecord earlier_;
};

// Records one import as a project source (schema 6) inside the import's own transaction:
// the file's name, size and hash before it is read, its counts and warnings afterwards.
class ImportSourceRecorder {
  public:
    // Starts hashing the file on a thread of its own (a 500 MB file takes seconds, which the
    // import's reading thread would otherwise wait for); throws ImportError when it cannot
    // be opened.
    ImportSourceRecorder(const QString& sourcePath, const ImportOptions& options);
    ~ImportSourceRecorder(); // stops the hashing
    ImportSourceRecorder(const ImportSourceRecorder&) = delete;
    ImportSourceRecorder& operator=(const ImportSourceRecorder&) = delete;

    // The earlier import of the same bytes, if any (none on a project without sources).
    std::optional<ImportRecord> earlier(const EventStore& store) const;
    // Applies IfExists::Refuse and Replace; true when the import should go on (false: Skip).
    bool resolve(EventStore& store, IfExists policy, ImportReport& report);
    // Inside the writer's transaction, before any row: the record; rows are tagged with it.
    void begin(EventStore& store, EventStore::Writer& writer);
    // After the importer ran: counts and warnings; the annotations it stored are tagged.
    void finish(EventStore& store, const ImportReport& report,
                const std::vector<qint64>& annotationIds);

    qint64 source() const { return record_.id; }             // 0 before begin()
    qint64 replaced() const { return replace_.value_or(0); } // the earlier source replaced

  private:
    // The file's SHA-256, waited for: throws ImportError when the file could not be read.
    QString sha256() const;

    ImportRecord record_; // its sha256 is empty until finish()
    std::shared_ptr<std::atomic<bool>> stopHashing_;
    mutable std::future<QString> hashing_; // an empty result when the file could not be read
    mutable QString sha256_;
    std::optional<qint64> replace_;
};
