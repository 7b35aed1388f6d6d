#pragma once

#include "model/Category.h"
#include "model/EventActors.h"
#include "model/EventColumns.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>
#include <cstdint>
#include <vector>

class ActorListModel;
class EventStore;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QVBoxLayout;

// The filters shared by map, timeline and list: categories (with their colours and counts),
// actors (a searchable, checkable list; none ticked = all), full-text words (FTS5 in the
// store, run once per edit, never per frame) and "only events in the map view" for the list.
class FilterPanel : public QWidget {
    Q_OBJECT
  public:
    explicit FilterPanel(QWidget* parent = nullptr);

    // `actors` null: they are still loading ("Loading actors…") until setActors.
    void setProject(const EventStore* store, const EventColumns* columns,
                    const std::vector<Category>& categories, const EventActors* actors = nullptr);
    // The actors arrive: the list fills in and a choice restored meanwhile takes effect.
    void setActors(const EventActors* actors);
    const std::vector<std::uint8_t>& categoriesEnabled() const { return categories_; }
    // Rows matching the words and the chosen actors; null when neither filter is set.
    const std::vector<std::uint8_t>* rows() const;
    bool onlyInMapView() const;
    QLineEdit* textField() const { return textField_; }
    QLineEdit* actorSearchField() const { return actorSearch_; }
    QListView* actorList() const { return actorView_; }
    ActorListModel* actorModel() const { return actors_; }

    // What the project remembers: unticked categories and chosen actors by name, the words.
    QJsonObject state() const;
    void restoreState(const QJsonObject& state); // emits filtersChanged once

  signals:
    void filtersChanged();
    void mapViewOptionChanged(bool only);

  private:
    void runTextQuery();
    void combineRows();
    const EventStore* store_ = nullptr;
    const EventColumns* columns_ = nullptr;
    const EventActors* eventActors_ = nullptr;
    std::vector<Category> categoryList_;
    std::vector<std::uint8_t> categories_;
    std::vector<std::uint8_t> textRows_, actorRows_, rows_;
    QString text_;
    QLineEdit* textField_;
    QCheckBox* inView_;
    QVBoxLayout* categoryBox_;
    std::vector<QCheckBox*> checks_;
    ActorListModel* actors_;
    QSortFilterProxyModel* actorFilter_;
    QLineEdit* actorSearch_;
    QListView* actorView_;
    QLabel* actorsLoading_;
    QStringList pendingActors_; // chosen by restoreState while the actors were loading
    QTimer debounce_;
};
