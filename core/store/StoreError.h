#pragma once

#include <QString>
#include <stdexcept>

// A project file could not be opened, read or written. what() is a sentence for the user.
class StoreError : public std::runtime_error {
  public:
    explicit StoreError(const QString& message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};
