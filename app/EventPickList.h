#pragma once

#include <QFrame>
#include <QString>
#include <vector>

class QListWidget;
class QLabel;

// The events under one map click (a stack on one point or a small cluster), as a popup list
// at the click: Up/Down move (and show the event in Details and the list at once), Enter or a
// click picks it and closes, Escape closes. Every event there is reachable, by mouse or keys.
class EventPickList : public QFrame {
    Q_OBJECT
  public:
    struct Item {
        int row = -1; // in EventColumns
        QString text; // plain text: "title — date"
        QColor colour;
    };
    explicit EventPickList(const std::vector<Item>& items, QWidget* parent = nullptr);
    void popup(QPoint globalPos);
    int currentRow() const; // the EventColumns row of the current item, -1 if none
    QListWidget* list() const { return list_; }

    // Clusters up to this many events open the list; larger ones zoom in (or, from their
    // context menu, "List these N events" selects them in the event list).
    static constexpr int kMaxItems = 30;

  signals:
    void highlighted(int row); // the current item changed
    void picked(int row);      // Enter or a click: the popup closes

  private:
    QLabel* heading_;
    QListWidget* list_;
    std::vector<Item> items_;
};
