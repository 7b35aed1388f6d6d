#pragma once

#include <QString>
#include <utility>
#include <vector>

class EventStore;

// What moving a project (ProjectTransfer) needs beyond the store interface: every setting of
// a project of either kind, and taking a server project away again when a copy into it failed.
namespace ProjectSettings {
// Key and value of every setting, ordered by key.
std::vector<std::pair<QString, QString>> all(const EventStore& store);
// Deletes the server project `url` names with all its rows (a failed push); nothing when it
// does not exist.
void dropServerProject(const QString& url);
} // namespace ProjectSettings
