#include "FilterPanel.h"

#include "model/EventFilter.h"
#include "store/EventStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QVBoxLayout>

FilterPanel::FilterPanel(QWidget* parent)
    : QWidget(parent), textField_(new QLineEdit(this)),
      inView_(new QCheckBox(tr("List only events in the map view"), this)),
      categoryBox_(new QVBoxLayout)
{
    auto* layout = new QVBoxLayout(this);
    textField_->setPlaceholderText(tr("Search titles, descriptions, actors, places…"));
    textField_->setClearButtonEnabled(true);
    textField_->setToolTip(tr("Full-text search; every word must match"));
    layout->addWidget(textField_);
    layout->addWidget(new QLabel(tr("<b>Categories</b>"), this));
    layout->addLayout(categoryBox_);
    layout->addWidget(inView_);
    layout->addStretch(1);

    debounce_.setSingleShot(true);
    debounce_.setInterval(250);
    connect(textField_, &QLineEdit::textChanged, this, [this] { debounce_.start(); });
    connect(&debounce_, &QTimer::timeout, this, &FilterPanel::runTextQuery);
    connect(inView_, &QCheckBox::toggled, this, &FilterPanel::mapViewOptionChanged);
}

bool FilterPanel::onlyInMapView() const
{
    return inView_->isChecked();
}

void FilterPanel::setProject(const EventStore* store, const EventColumns* columns,
                             const std::vector<Category>& categories)
{
    store_ = store;
    columns_ = columns;
    text_.clear();
    textField_->blockSignals(true);
    textField_->clear();
    textField_->blockSignals(false);
    for (QCheckBox* c : checks_)
        delete c;
    checks_.clear();
    categories_.assign(categories.size(), 1);

    std::vector<std::size_t> counts(categories.size(), 0);
    for (std::uint16_t c : columns->category)
        if (c < counts.size()) ++counts[c];
    for (std::size_t i = 0; i < categories.size(); ++i) {
        auto* check =
            new QCheckBox(QStringLiteral("%1 (%2)").arg(categories[i].name).arg(counts[i]), this);
        QPixmap swatch(12, 12);
        swatch.fill(Qt::transparent);
        QPainter p(&swatch);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(categories[i].colour);
        p.setPen(Qt::NoPen);
        p.drawEllipse(0, 0, 12, 12);
        check->setIcon(QIcon(swatch));
        check->setChecked(true);
        connect(check, &QCheckBox::toggled, this, [this, i](bool on) {
            categories_[i] = on ? 1 : 0;
            emit filtersChanged();
        });
        categoryBox_->addWidget(check);
        checks_.push_back(check);
    }
}

void FilterPanel::runTextQuery()
{
    const QString words = textField_->text().trimmed();
    if (words == text_) return;
    text_ = words;
    if (!text_.isEmpty() && store_ && columns_) {
        EventQuery q;
        q.text = text_;
        const std::vector<qint64> ids = store_->queryIds(q);
        EventFilter::rowsForIds(*columns_, QList<qint64>(ids.begin(), ids.end()), rows_);
    }
    emit filtersChanged();
}
