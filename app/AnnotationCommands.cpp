#include "AnnotationCommands.h"

#include "annotations/AnnotationStore.h"
#include "annotations/EditConflict.h"
#include "store/StoreError.h"

AnnotationCommand::AnnotationCommand(const QString& text, AnnotationStore& store,
                                     std::optional<Annotation> before,
                                     std::optional<Annotation> after, Changed changed,
                                     Resolve resolve)
    : QUndoCommand(text), store_(store), before_(std::move(before)), after_(std::move(after)),
      changed_(std::move(changed)), resolve_(std::move(resolve))
{
    id_ = before_ ? before_->id : 0;
    version_ = before_ ? before_->version : 0;
}

void AnnotationCommand::rememberVersion()
{
    const std::optional<Annotation> stored = store_.get(id_);
    version_ = stored ? stored->version : 0;
}

void AnnotationCommand::write(const std::optional<Annotation>& from,
                              const std::optional<Annotation>& to)
{
    if (!from && to) {
        Annotation a = *to;
        a.id = id_; // 0 the first time; the same id when a creation is redone
        id_ = store_.insert(a);
        if (before_) before_->id = id_;
        if (after_) after_->id = id_;
        rememberVersion();
    } else if (from && !to) {
        store_.remove(id_, version_);
    } else if (to) {
        Annotation a = *to;
        a.id = id_;
        a.version = version_;
        version_ = store_.update(a);
    }
}

void AnnotationCommand::overwrite(const EditConflict& conflict, const std::optional<Annotation>& to)
{
    const std::optional<Annotation>& theirs = conflict.theirs();
    if (!to) {
        if (theirs) store_.remove(id_, theirs->version);
        return;
    }
    Annotation a = *to;
    a.id = id_;
    if (theirs) {
        a.version = theirs->version;
        version_ = store_.update(a);
    } else { // they deleted it: mine comes back with its id
        store_.insert(a);
        rememberVersion();
    }
}

void AnnotationCommand::apply(const std::optional<Annotation>& from,
                              const std::optional<Annotation>& to)
{
    try {
        try {
            write(from, to);
        } catch (const EditConflict& conflict) {
            if (!resolve_ || !resolve_(conflict)) {
                setObsolete(true); // theirs stays: nothing of mine to undo or redo
                if (changed_) changed_({});
                return;
            }
            overwrite(conflict, to);
        }
    } catch (const StoreError& e) {
        if (changed_) changed_(e.message());
        return;
    }
    if (changed_) changed_({});
}

void AnnotationCommand::redo()
{
    apply(before_, after_);
}

void AnnotationCommand::undo()
{
    apply(after_, before_);
}
