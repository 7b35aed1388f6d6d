#pragma once

#include <QString>
#include <stdexcept>

namespace tigris {

// The one family of errors Tigris throws on purpose. what() is a sentence for the user that
// names the file (and the line when one applies); `line` is 0 when none does. The command line's
// dispatcher (app/Cli.cpp) and the main window turn these into messages; anything else that
// escapes is a bug.
class Error : public std::runtime_error {
  public:
    explicit Error(const QString& message, qint64 line = 0);
    QString message() const;
    qint64 line() const { return line_; }

  private:
    qint64 line_;
};

} // namespace tigris

// A project file could not be opened, read or written.
class StoreError : public tigris::Error {
  public:
    explicit StoreError(const QString& message) : Error(message) {}
};

// The whole source cannot be imported: unreadable, or not of the format.
class ImportError : public tigris::Error {
  public:
    ImportError(const QString& message, qint64 line = 0) : Error(message, line) {}
};
