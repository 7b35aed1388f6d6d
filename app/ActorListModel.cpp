#include "ActorListModel.h"

#include <QSet>

void ActorListModel::setActors(const EventActors* actors)
{
    beginResetModel();
    actors_ = actors;
    chosen_.assign(actors ? actors->names.size() : 0, 0);
    chosenCount_ = 0;
    endResetModel();
}

QStringList ActorListModel::chosenNames() const
{
    QStringList out;
    for (std::size_t a = 0; a < chosen_.size(); ++a)
        if (chosen_[a]) out << actors_->names[a];
    return out;
}

void ActorListModel::setChosenNames(const QStringList& names)
{
    if (!actors_) return;
    const QSet<QString> wanted(names.begin(), names.end());
    chosenCount_ = 0;
    for (std::size_t a = 0; a < chosen_.size(); ++a) {
        chosen_[a] = wanted.contains(actors_->names[a]) ? 1 : 0;
        chosenCount_ += chosen_[a];
    }
    if (!chosen_.empty()) emit dataChanged(index(0), index(int(chosen_.size()) - 1));
    emit choiceChanged();
}

void ActorListModel::clearChoice()
{
    setChosenNames({});
}

int ActorListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !actors_ ? 0 : int(actors_->names.size());
}

QVariant ActorListModel::data(const QModelIndex& index, int role) const
{
    if (!actors_ || !index.isValid() || std::size_t(index.row()) >= actors_->names.size())
        return {};
    const auto a = std::size_t(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)").arg(actors_->names[a]).arg(actors_->counts[a]);
    case NameRole:
        return actors_->names[a];
    case Qt::CheckStateRole:
        return chosen_[a] ? Qt::Checked : Qt::Unchecked;
    default:
        return {};
    }
}

bool ActorListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() ||
        std::size_t(index.row()) >= chosen_.size())
        return false;
    const std::uint8_t on = value.toInt() == Qt::Checked ? 1 : 0;
    std::uint8_t& slot = chosen_[std::size_t(index.row())];
    if (slot == on) return true;
    chosenCount_ = chosenCount_ + on - slot;
    slot = on;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit choiceChanged();
    return true;
}

Qt::ItemFlags ActorListModel::flags(const QModelIndex& index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsUserCheckable;
}
