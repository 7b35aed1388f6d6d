#pragma once

#include <QListWidget>

class ViewState;

// The Legend dock: each category of the open project with its colour on the map.
class CategoryLegend : public QListWidget {
    Q_OBJECT
  public:
    CategoryLegend(const ViewState* view, QWidget* parent = nullptr);
};
