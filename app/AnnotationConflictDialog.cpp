#include "AnnotationConflictDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // the text comes from data: never rich text
    label->setWordWrap(true);
    return label;
}

} // namespace

QString AnnotationConflictDialog::describe(const std::optional<Annotation>& a)
{
    if (!a) return tr("deleted");
    QString text = tr("“%1”").arg(a->title);
    if (!a->note.isEmpty()) text += tr(": %1").arg(a->note.left(120));
    text += tr(", %n vertices", nullptr, int(a->vertices.size()));
    text += tr(", colour %1").arg(a->colour.name());
    return text;
}

AnnotationConflictDialog::AnnotationConflictDialog(const std::optional<Annotation>& mine,
                                                   const std::optional<Annotation>& theirs,
                                                   QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Annotation changed by someone else"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        plainLabel(theirs ? tr("Someone else changed this annotation while you were editing it.")
                          : tr("Someone else deleted this annotation while you were editing it."),
                   this));
    auto* form = new QFormLayout;
    form->addRow(tr("Yours:"), plainLabel(describe(mine), this));
    form->addRow(tr("Theirs:"), plainLabel(describe(theirs), this));
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keep = buttons->addButton(tr("Keep mine"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMine"));
    QPushButton* take = buttons->addButton(tr("Take theirs"), QDialogButtonBox::RejectRole);
    take->setObjectName(QStringLiteral("takeTheirs"));
    take->setDefault(true); // by default what is already saved stays
    connect(keep, &QPushButton::clicked, this, [this] {
        choice_ = Choice::KeepMine;
        accept();
    });
    connect(take, &QPushButton::clicked, this, [this] {
        choice_ = Choice::TakeTheirs;
        reject();
    });
    layout->addWidget(buttons);
}
