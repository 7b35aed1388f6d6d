#pragma once

#include "store/ImportSources.h"

#include <QUndoCommand>
#include <functional>

// "Remove source" on the undo stack: undo puts the source's rows back (ImportSources::restore),
// redo takes them out again. The first removal is made before the command is pushed, so a
// refusal (busy, read-only) reaches the user and nothing enters the stack. `changed` reloads
// the views, with the error text when the project refused (the command then leaves the stack).
class RemoveSourceCommand : public QUndoCommand {
  public:
    using Changed = std::function<void(const QString& error)>;
    RemoveSourceCommand(const EventStore& store, const ImportSources::Removed& done,
                        Changed changed);
    void redo() override;
    void undo() override;

  private:
    const EventStore& store_;
    ImportSources::Removed removed_;
    Changed changed_;
    bool alreadyDone_ = true; // the first redo() finds the rows already gone
};
