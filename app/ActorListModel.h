#pragma once

#include "model/EventActors.h"

#include <QAbstractListModel>
#include <cstdint>
#include <vector>

// The actors of the filter panel: one checkable row per actor, "name (events)", most events
// first. A model rather than a check box each, since a project can name thousands of actors.
class ActorListModel : public QAbstractListModel {
    Q_OBJECT
  public:
    static constexpr int NameRole = Qt::UserRole + 1; // the bare name, for the search box

    using QAbstractListModel::QAbstractListModel;
    void setActors(const EventActors* actors); // clears the choice
    // chosen()[a] != 0 when actor a (an index into EventActors::names) is ticked.
    const std::vector<std::uint8_t>& chosen() const { return chosen_; }
    bool anyChosen() const { return chosenCount_ > 0; }
    QStringList chosenNames() const;
    void setChosenNames(const QStringList& names); // unknown names are ignored
    void clearChoice();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

  signals:
    void choiceChanged();

  private:
    const EventActors* actors_ = nullptr;
    std::vector<std::uint8_t> chosen_;
    std::size_t chosenCount_ = 0;
};
