#pragma once

#include "store/SqliteStatement.h"
#include "store/WriteQueue.h"

#include <QByteArray>
#include <array>
#include <functional>
#include <memory>

// The full-text index of an import into a project without events, built on a thread of its
// own in a private temporary database while the writer thread stores the rows, and copied
// into the project's FTS5 tables at commit. Tokenising is a quarter to a third of the writer
// thread's work, and the writer thread bounds an import. The copy is the index the project's
// own inserts would have built: the same table definition (read from the project), the same
// rows in the same order, so the same segments.
class TextIndexBuilder {
  public:
    // Throws StoreError when the private database cannot be made (no temporary folder, a
    // table definition SQLite cannot make there): the caller then indexes as usual.
    explicit TextIndexBuilder(sqlite3* project);
    ~TextIndexBuilder(); // discards what was built
    TextIndexBuilder(const TextIndexBuilder&) = delete;
    TextIndexBuilder& operator=(const TextIndexBuilder&) = delete;

    // Tasks run in order on the builder's thread; post() and the tasks' insert() calls come
    // from one thread at a time (the writer's), as WriteQueue requires.
    void post(std::function<void()> task);
    // On the builder's thread: the event's title, description, actors and place, folded.
    void insert(qint64 id, const std::array<QByteArray, 4>& text);

    // Waits for every task, then replaces the project's (empty) text index with the one
    // built, inside the project's open write transaction. Returns false, having changed
    // nothing, when another statement of the project's connection is still reading (SQLite
    // cannot drop a table then): the caller indexes the rows itself.
    bool copyInto();

  private:
    sqlite3* project_;
    QByteArray definition_; // CREATE VIRTUAL TABLE event_text …, as the project has it
    sqlite3* db_ = nullptr;
    SqliteStatement insert_;
    std::unique_ptr<WriteQueue> queue_;
};
