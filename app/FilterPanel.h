#pragma once

#include <QJsonObject>
#include <QTimer>
#include <QWidget>
#include <vector>

class ActorListModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QVBoxLayout;
class ViewState;

// The filters of the ViewState as controls: categories (with their colours and counts),
// actors (a searchable, checkable list; none ticked = all), full-text words (run once per edit
// after a pause in typing, never per frame) and "only events in the map view" for the list.
// It sets the view state and follows it; the filtering itself is the state's.
class FilterPanel : public QWidget {
    Q_OBJECT
  public:
    explicit FilterPanel(ViewState* view, QWidget* parent = nullptr);

    QLineEdit* textField() const { return textField_; }
    QLineEdit* actorSearchField() const { return actorSearch_; }
    QListView* actorList() const { return actorView_; }
    ActorListModel* actorModel() const { return actors_; }

    // What the project remembers: unticked categories and chosen actors by name, the words.
    QJsonObject state() const;
    void restoreState(const QJsonObject& state);
    // The ticked actors by name (those waiting for the list too), and ticking them again: a
    // list of actors read again replaces the one shown without losing the choice.
    QStringList chosenActors() const;
    void chooseActors(const QStringList& names);

  private:
    void showProject();
    void showActors();
    void runTextQuery();
    ViewState* view_;
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
