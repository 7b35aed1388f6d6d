#pragma once

#include <QString>
#include <stdexcept>
#include <string>

namespace tigris {

// Where an error applies, as far as the thrower knows it: every part may be unset (an empty
// text, 0). A parser knows the line and the field; the layer that opened the file adds the file
// (Error::inFile).
struct ErrorContext {
    ErrorContext() = default;
    ErrorContext(QString file_, qint64 line_ = 0, qint64 column_ = 0, QString field_ = {})
        : file(std::move(file_)), line(line_), column(column_), field(std::move(field_))
    {
    }
    QString file;      // the path as the user gave it
    qint64 line = 0;   // 1-based
    qint64 column = 0; // 1-based, in characters of the line
    QString field;     // a column, property, option or mapping key, e.g. "date_start", "--fields"
};

// The one family of errors Tigris throws on purpose. The context (file, line, column, field)
// is kept as fields, not only as text, so that callers can show, test or act on them; the
// message a user reads is composed from them: "FILE, line L, column C, FIELD: reason", with
// the parts that are known. The command line's dispatcher (app/Cli.cpp) and the main window
// turn these into messages; anything else that escapes is a bug.
class Error : public std::runtime_error {
  public:
    explicit Error(const QString& reason, qint64 line = 0);
    Error(const QString& reason, ErrorContext context);

    // The composed sentence, as message() in UTF-8.
    const char* what() const noexcept override { return what_.c_str(); }
    QString message() const { return message_; }
    // The reason alone, without the context.
    const QString& reason() const { return reason_; }
    const ErrorContext& context() const { return context_; }
    const QString& file() const { return context_.file; }
    qint64 line() const { return context_.line; }
    qint64 column() const { return context_.column; }
    const QString& field() const { return context_.field; }

    // Names the file when the thrower could not (a parser reads a device, not a path); a file
    // already named is kept. Catch by reference, call this, then `throw;` keeps the subclass.
    Error& inFile(const QString& file);

  private:
    void compose();
    QString reason_;
    ErrorContext context_;
    QString message_;
    std::string what_;
};

} // namespace tigris

// A project file could not be opened, read or written.
class StoreError : public tigris::Error {
  public:
    explicit StoreError(const QString& reason) : Error(reason) {}
    StoreError(const QString& reason, tigris::ErrorContext context)
        : Error(reason, std::move(context))
    {
    }
};

// The whole source cannot be imported: unreadable, or not of the format.
class ImportError : public tigris::Error {
  public:
    ImportError(const QString& reason, qint64 line = 0) : Error(reason, line) {}
    ImportError(const QString& reason, tigris::ErrorContext context)
        : Error(reason, std::move(context))
    {
    }
};

// An image, animation or data file could not be written.
class ExportError : public tigris::Error {
  public:
    explicit ExportError(const QString& reason) : Error(reason) {}
    ExportError(const QString& reason, tigris::ErrorContext context)
        : Error(reason, std::move(context))
    {
    }
};
