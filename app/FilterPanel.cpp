#include "FilterPanel.h"

#include "ActorListModel.h"
#include "CategorySwatch.h"
#include "model/EventFilter.h"
#include "store/EventStore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

FilterPanel::FilterPanel(QWidget* parent)
    : QWidget(parent), textField_(new QLineEdit(this)),
      inView_(new QCheckBox(tr("List only events in the map view"), this)),
      categoryBox_(new QVBoxLayout), actors_(new ActorListModel(this)),
      actorFilter_(new QSortFilterProxyModel(this)), actorSearch_(new QLineEdit(this)),
      actorView_(new QListView(this)), actorsLoading_(new QLabel(tr("Loading actors…"), this))
{
    auto* layout = new QVBoxLayout(this);
    textField_->setPlaceholderText(tr("Search titles, descriptions, actors, places…"));
    textField_->setClearButtonEnabled(true);
    textField_->setToolTip(tr("Full-text search; every word must match"));
    layout->addWidget(textField_);
    layout->addWidget(new QLabel(tr("<b>Categories</b>"), this));
    layout->addLayout(categoryBox_);

    auto* actorHeader = new QHBoxLayout;
    actorHeader->addWidget(new QLabel(tr("<b>Actors</b>"), this), 1);
    auto* clearActors = new QToolButton(this);
    clearActors->setText(tr("All"));
    clearActors->setToolTip(tr("Untick every actor: show events of all actors"));
    actorHeader->addWidget(clearActors);
    layout->addLayout(actorHeader);
    actorSearch_->setPlaceholderText(tr("Find an actor…"));
    actorSearch_->setClearButtonEnabled(true);
    layout->addWidget(actorSearch_);
    actorsLoading_->setVisible(false);
    layout->addWidget(actorsLoading_);
    actorFilter_->setSourceModel(actors_);
    actorFilter_->setFilterRole(ActorListModel::NameRole);
    actorFilter_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    actorView_->setModel(actorFilter_);
    actorView_->setUniformItemSizes(true); // thousands of rows stay cheap to lay out
    actorView_->setToolTip(tr("Tick actors to show only their events (either actor of an event "
                              "matches); none ticked shows all"));
    layout->addWidget(actorView_, 1);
    layout->addWidget(inView_);

    debounce_.setSingleShot(true);
    debounce_.setInterval(250);
    connect(textField_, &QLineEdit::textChanged, this, [this] { debounce_.start(); });
    connect(&debounce_, &QTimer::timeout, this, &FilterPanel::runTextQuery);
    connect(inView_, &QCheckBox::toggled, this, &FilterPanel::mapViewOptionChanged);
    connect(actorSearch_, &QLineEdit::textChanged, actorFilter_,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(clearActors, &QToolButton::clicked, actors_, &ActorListModel::clearChoice);
    connect(actors_, &ActorListModel::choiceChanged, this, [this] {
        if (eventActors_ && actors_->anyChosen())
            EventFilter::rowsForActors(*eventActors_, actors_->chosen(), actorRows_);
        combineRows();
        emit filtersChanged();
    });
}

bool FilterPanel::onlyInMapView() const
{
    return inView_->isChecked();
}

const std::vector<std::uint8_t>* FilterPanel::rows() const
{
    return text_.isEmpty() && !actors_->anyChosen() ? nullptr : &rows_;
}

void FilterPanel::combineRows()
{
    const bool text = !text_.isEmpty(), actors = actors_->anyChosen();
    if (!text && !actors) return;
    if (!text) {
        rows_ = actorRows_;
    } else if (!actors) {
        rows_ = textRows_;
    } else {
        rows_.resize(std::min(textRows_.size(), actorRows_.size()));
        for (std::size_t i = 0; i < rows_.size(); ++i)
            rows_[i] = textRows_[i] & actorRows_[i];
    }
}

void FilterPanel::setProject(const EventStore* store, const EventColumns* columns,
                             const std::vector<Category>& categories, const EventActors* actors)
{
    store_ = store;
    columns_ = columns;
    categoryList_ = categories;
    pendingActors_.clear();
    text_.clear();
    textField_->blockSignals(true);
    textField_->clear();
    textField_->blockSignals(false);
    actorSearch_->clear();
    setActors(actors);
    for (QCheckBox* c : checks_)
        delete c;
    checks_.clear();
    categories_.assign(categories.size(), 1);

    std::vector<std::size_t> counts(categories.size(), 0);
    for (std::uint16_t c : columns->category)
        if (c < counts.size()) ++counts[c];
    for (std::size_t i = 0; i < categories.size(); ++i) {
        // Counts in the user's locale ("21,111"); Uncategorised under its translated name.
        auto* check =
            new QCheckBox(QStringLiteral("%1 (%2)").arg(categories[i].displayName(),
                                                        locale().toString(qulonglong(counts[i]))),
                          this);
        check->setIcon(categorySwatch(categories[i].colour, 12));
        check->setChecked(true);
        connect(check, &QCheckBox::toggled, this, [this, i](bool on) {
            categories_[i] = on ? 1 : 0;
            emit filtersChanged();
        });
        categoryBox_->addWidget(check);
        checks_.push_back(check);
    }
}

void FilterPanel::setActors(const EventActors* actors)
{
    eventActors_ = actors;
    actors_->setActors(actors);
    actorsLoading_->setVisible(!actors);
    actorSearch_->setEnabled(actors);
    actorView_->setEnabled(actors);
    if (actors && !pendingActors_.isEmpty())
        actors_->setChosenNames(std::exchange(pendingActors_, {})); // → filtersChanged
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
        EventFilter::rowsForIds(*columns_, QList<qint64>(ids.begin(), ids.end()), textRows_);
    }
    combineRows();
    emit filtersChanged();
}

QJsonObject FilterPanel::state() const
{
    QJsonArray hidden;
    for (std::size_t i = 0; i < categories_.size() && i < categoryList_.size(); ++i)
        if (!categories_[i]) hidden.append(categoryList_[i].name);
    return {{QStringLiteral("hiddenCategories"), hidden},
            {QStringLiteral("actors"),
             QJsonArray::fromStringList(eventActors_ ? actors_->chosenNames() : pendingActors_)},
            {QStringLiteral("text"), textField_->text().trimmed()}};
}

void FilterPanel::restoreState(const QJsonObject& state)
{
    const QJsonArray hidden = state.value(QStringLiteral("hiddenCategories")).toArray();
    QSignalBlocker quiet(this); // one filtersChanged at the end, not one per box
    for (std::size_t i = 0; i < checks_.size() && i < categoryList_.size(); ++i)
        checks_[i]->setChecked(!hidden.contains(categoryList_[i].name));
    QStringList names;
    for (const QJsonValue& v : state.value(QStringLiteral("actors")).toArray())
        names << v.toString();
    if (eventActors_)
        actors_->setChosenNames(names);
    else
        pendingActors_ = names; // applied when the actors have loaded
    textField_->setText(state.value(QStringLiteral("text")).toString());
    debounce_.stop();
    runTextQuery();
    quiet.unblock();
    emit filtersChanged();
}
