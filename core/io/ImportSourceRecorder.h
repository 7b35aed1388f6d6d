#pragma once

#include "io/ImportError.h"
#include "model/ImportRecord.h"
#include "store/EventStore.h"

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
    // Hashes the file; throws ImportError when it cannot be read.
    ImportSourceRecorder(const QString& sourcePath, const ImportOptions& options);

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
    ImportRecord record_;
    std::optional<qint64> replace_;
};
