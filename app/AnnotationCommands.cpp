#include "AnnotationCommands.h"

#include "annotations/AnnotationStore.h"
#include "store/StoreError.h"

AnnotationCommand::AnnotationCommand(const QString& text, AnnotationStore& store,
                                     std::optional<Annotation> before,
                                     std::optional<Annotation> after, Changed changed)
    : QUndoCommand(text), store_(store), before_(std::move(before)), after_(std::move(after)),
      changed_(std::move(changed))
{
    id_ = before_ ? before_->id : 0;
}

void AnnotationCommand::apply(const std::optional<Annotation>& from,
                              const std::optional<Annotation>& to)
{
    try {
        if (!from && to) {
            Annotation a = *to;
            a.id = id_; // 0 the first time; the same id when a creation is redone
            id_ = store_.insert(a);
            if (before_) before_->id = id_;
            if (after_) after_->id = id_;
        } else if (from && !to) {
            store_.remove(id_);
        } else if (to) {
            Annotation a = *to;
            a.id = id_;
            store_.update(a);
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
