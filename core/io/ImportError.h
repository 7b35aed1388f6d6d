#pragma once

#include <QString>
#include <stdexcept>

// The whole source cannot be imported: unreadable, or not of the format. what() names the
// file and the reason; `line` is 0 when no line applies.
class ImportError : public std::runtime_error {
  public:
    ImportError(const QString& message, qint64 line = 0)
        : std::runtime_error(message.toStdString()), line_(line)
    {
    }
    QString message() const { return QString::fromStdString(what()); }
    qint64 line() const { return line_; }

  private:
    qint64 line_;
};
