#pragma once

#include "model/Category.h"
#include "model/EventColumns.h"

#include <QTimer>
#include <QWidget>
#include <cstdint>
#include <vector>

class EventStore;
class QCheckBox;
class QLineEdit;
class QVBoxLayout;

// The filters shared by map, timeline and list: categories (with their colours and counts),
// full-text words (FTS5 in the store, run once per edit, never per frame) and "only events in
// the map view" for the list.
class FilterPanel : public QWidget {
    Q_OBJECT
  public:
    explicit FilterPanel(QWidget* parent = nullptr);

    void setProject(const EventStore* store, const EventColumns* columns,
                    const std::vector<Category>& categories);
    const std::vector<std::uint8_t>& categoriesEnabled() const { return categories_; }
    // Rows matching the words; null when no words are typed.
    const std::vector<std::uint8_t>* textRows() const { return text_.isEmpty() ? nullptr : &rows_; }
    bool onlyInMapView() const;
    QLineEdit* textField() const { return textField_; }

  signals:
    void filtersChanged();
    void mapViewOptionChanged(bool only);

  private:
    void runTextQuery();
    const EventStore* store_ = nullptr;
    const EventColumns* columns_ = nullptr;
    std::vector<std::uint8_t> categories_;
    std::vector<std::uint8_t> rows_;
    QString text_;
    QLineEdit* textField_;
    QCheckBox* inView_;
    QVBoxLayout* categoryBox_;
    std::vector<QCheckBox*> checks_;
    QTimer debounce_;
};
