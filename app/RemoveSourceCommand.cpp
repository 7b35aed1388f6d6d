#include "RemoveSourceCommand.h"

#include "store/StoreError.h"

#include <QCoreApplication>

RemoveSourceCommand::RemoveSourceCommand(const EventStore& store,
                                         const ImportSources::Removed& done, Changed changed)
    : store_(store), removed_(done), changed_(std::move(changed))
{
    setText(QCoreApplication::translate("RemoveSourceCommand", "Remove source “%1”")
                .arg(done.fileName));
}

void RemoveSourceCommand::redo()
{
    if (alreadyDone_) {
        alreadyDone_ = false;
        return;
    }
    try {
        removed_ = ImportSources(store_).remove(removed_.source);
        changed_({});
    } catch (const StoreError& e) {
        setObsolete(true);
        changed_(e.message());
    }
}

void RemoveSourceCommand::undo()
{
    try {
        ImportSources(store_).restore(removed_);
        changed_({});
    } catch (const StoreError& e) {
        setObsolete(true);
        changed_(e.message());
    }
}
