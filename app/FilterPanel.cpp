#include "FilterPanel.h"

#include "ActorListModel.h"
#include "CategorySwatch.h"
#include "model/ViewState.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

FilterPanel::FilterPanel(ViewState* view, QWidget* parent)
    : QWidget(parent), view_(view), textField_(new QLineEdit(this)),
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
    connect(inView_, &QCheckBox::toggled, view_, &ViewState::setOnlyInMapView);
    connect(actorSearch_, &QLineEdit::textChanged, actorFilter_,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(clearActors, &QToolButton::clicked, actors_, &ActorListModel::clearChoice);
    connect(actors_, &ActorListModel::choiceChanged, view_,
            [this] { view_->setChosenActors(actors_->chosen()); });
    connect(view_, &ViewState::projectChanged, this, &FilterPanel::showProject);
    connect(view_, &ViewState::actorsChanged, this, &FilterPanel::showActors);
    connect(view_, &ViewState::filtersChanged, this, [this] {
        // Follow a change made elsewhere (a restored project) without echoing it back.
        const auto& enabled = view_->categoriesEnabled();
        for (std::size_t i = 0; i < checks_.size() && i < enabled.size(); ++i) {
            const QSignalBlocker quiet(checks_[i]);
            checks_[i]->setChecked(enabled[i]);
        }
    });
}

void FilterPanel::showProject()
{
    pendingActors_.clear();
    textField_->blockSignals(true);
    textField_->clear();
    textField_->blockSignals(false);
    debounce_.stop();
    actorSearch_->clear();
    showActors();
    for (QCheckBox* c : checks_)
        delete c;
    checks_.clear();

    const std::vector<Category>& categories = view_->categories();
    std::vector<std::size_t> counts(categories.size(), 0);
    if (const EventColumns* columns = view_->columns())
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
        connect(check, &QCheckBox::toggled, view_,
                [this, i](bool on) { view_->setCategoryEnabled(i, on); });
        categoryBox_->addWidget(check);
        checks_.push_back(check);
    }
    // New boxes join the end of the window's focus chain: Tab takes them where they are shown.
    QWidget* previous = textField_;
    for (QCheckBox* check : checks_)
        setTabOrder(std::exchange(previous, check), check);
}

// The actors arrive: the list fills in and a choice restored meanwhile takes effect.
void FilterPanel::showActors()
{
    const EventActors* actors = view_->actors();
    actors_->setActors(actors);
    actorsLoading_->setVisible(!actors);
    actorSearch_->setEnabled(actors);
    actorView_->setEnabled(actors);
    if (actors && !pendingActors_.isEmpty())
        actors_->setChosenNames(std::exchange(pendingActors_, {})); // → the view state
}

void FilterPanel::runTextQuery()
{
    view_->setText(textField_->text());
}

QJsonObject FilterPanel::state() const
{
    QJsonArray hidden;
    const auto& enabled = view_->categoriesEnabled();
    const auto& categories = view_->categories();
    for (std::size_t i = 0; i < enabled.size() && i < categories.size(); ++i)
        if (!enabled[i]) hidden.append(categories[i].name);
    return {{QStringLiteral("hiddenCategories"), hidden},
            {QStringLiteral("actors"), QJsonArray::fromStringList(chosenActors())},
            {QStringLiteral("text"), textField_->text().trimmed()}};
}

QStringList FilterPanel::chosenActors() const
{
    return view_->actors() ? actors_->chosenNames() : pendingActors_;
}

void FilterPanel::chooseActors(const QStringList& names)
{
    if (view_->actors())
        actors_->setChosenNames(names);
    else
        pendingActors_ = names; // applied when the actors have loaded
}

void FilterPanel::restoreState(const QJsonObject& state)
{
    const QJsonArray hidden = state.value(QStringLiteral("hiddenCategories")).toArray();
    const auto& categories = view_->categories();
    std::vector<std::uint8_t> enabled(categories.size(), 1);
    for (std::size_t i = 0; i < categories.size(); ++i)
        enabled[i] = hidden.contains(categories[i].name) ? 0 : 1;
    view_->setCategoriesEnabled(std::move(enabled)); // the boxes follow
    QStringList names;
    for (const QJsonValue& v : state.value(QStringLiteral("actors")).toArray())
        names << v.toString();
    chooseActors(names);
    {
        const QSignalBlocker quiet(textField_);
        textField_->setText(state.value(QStringLiteral("text")).toString());
    }
    debounce_.stop();
    runTextQuery();
}
