#include "AnnotationDialog.h"

#include "time/FuzzyDate.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace {
void paintSwatch(QPushButton* b, const QColor& c)
{
    QPixmap p(16, 16);
    p.fill(c);
    b->setIcon(QIcon(p));
    b->setText(c.name());
}
} // namespace

AnnotationDialog::AnnotationDialog(const Annotation& annotation, QWidget* parent,
                                   const std::vector<Location>& places)
    : QDialog(parent), annotation_(annotation), title_(new QLineEdit(annotation.title, this)),
      note_(new QPlainTextEdit(annotation.note, this)), colour_(new QPushButton(this)),
      from_(new QLineEdit(this)), to_(new QLineEdit(this)), error_(new QLabel(this)), ok_(nullptr)
{
    setWindowTitle(annotation.id ? tr("Edit annotation") : tr("New annotation"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Title"), title_);
    form->addRow(tr("&Note"), note_);
    paintSwatch(colour_, annotation_.colour);
    connect(colour_, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(annotation_.colour, this, tr("Annotation colour"));
        if (c.isValid()) {
            annotation_.colour = c;
            paintSwatch(colour_, c);
        }
    });
    form->addRow(tr("&Colour"), colour_);
    if (annotation.kind == Annotation::Kind::Point) {
        marker_ = new QComboBox(this);
        marker_->addItem(tr("Pin"), QStringLiteral("pin"));
        marker_->addItem(tr("Circle"), QStringLiteral("circle"));
        marker_->addItem(tr("Square"), QStringLiteral("square"));
        marker_->setCurrentIndex(std::max(0, marker_->findData(annotation.marker)));
        form->addRow(tr("&Marker"), marker_);
        if (!places.empty()) {
            places_ = places;
            place_ = new QComboBox(this);
            place_->addItem(tr("— where it was placed —"), qint64(0));
            for (const Location& l : places_)
                place_->addItem(l.name, l.id);
            if (annotation.locationId)
                place_->setCurrentIndex(std::max(0, place_->findData(*annotation.locationId)));
            place_->setToolTip(tr("Pin the annotation to one of the project's places"));
            form->addRow(tr("&Place"), place_);
        }
    }
    from_->setPlaceholderText(tr("always (or YYYY-MM-DD)"));
    to_->setPlaceholderText(tr("always (or YYYY-MM-DD)"));
    if (annotation.validFrom)
        from_->setText(FuzzyDate{*annotation.validFrom, DatePrecision::Day}.toIso());
    if (annotation.validTo)
        to_->setText(FuzzyDate{*annotation.validTo - 1, DatePrecision::Day}.toIso()); // inclusive
    from_->setToolTip(tr("Shown only while the time window overlaps this span"));
    form->addRow(tr("Valid &from"), from_);
    form->addRow(tr("Valid &to"), to_);
    error_->setStyleSheet(QStringLiteral("color: #b00020"));
    error_->setTextFormat(Qt::PlainText);
    form->addRow(error_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : {title_, from_, to_})
        connect(e, &QLineEdit::textChanged, this, &AnnotationDialog::validate);
    validate();
}

void AnnotationDialog::validate()
{
    QString error;
    const auto from = FuzzyDate::parse(from_->text());
    const auto to = FuzzyDate::parse(to_->text());
    if (title_->text().trimmed().isEmpty())
        error = tr("A title is needed.");
    else if (!from_->text().trimmed().isEmpty() && !from)
        error = tr("'From' is not a date.");
    else if (!to_->text().trimmed().isEmpty() && !to)
        error = tr("'To' is not a date.");
    else if (from && to && to->end() <= from->begin())
        error = tr("'To' is before 'From'.");
    error_->setText(error);
    ok_->setEnabled(error.isEmpty());
}

Annotation AnnotationDialog::annotation() const
{
    Annotation a = annotation_;
    a.title = title_->text().trimmed();
    a.note = note_->toPlainText();
    const auto from = FuzzyDate::parse(from_->text());
    const auto to = FuzzyDate::parse(to_->text());
    a.validFrom = from ? std::optional<qint64>(from->begin()) : std::nullopt;
    a.validTo = to ? std::optional<qint64>(to->end()) : std::nullopt;
    if (marker_) a.marker = marker_->currentData().toString();
    if (place_ && place_->currentIndex() > 0) {
        const Location& l = places_[std::size_t(place_->currentIndex() - 1)];
        a.locationId = l.id;
        a.vertices = {QPointF(l.lon, l.lat)};
    }
    return a;
}
