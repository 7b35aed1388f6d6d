#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QJsonDocument>
#include <vector>

// The elements of one array of a JSON document's root object ("features" of a GeoJSON
// FeatureCollection, "events" of a TimelineJS file), cut out one at a time as the source is
// read, so memory holds one element, never the file. A small scanner tracks strings (with
// their escapes) and nesting to find each element's bytes and the line where it starts; each
// element is then parsed alone. Everything else of the document (its other members, with the
// array left empty) is kept aside and parsed at the end, so invalid JSON anywhere is still an
// error naming its line. Only the root object's member counts: an array of that name deeper
// in (a feature's properties) is part of an element. Keys written with escapes are not decoded.
class JsonArrayStream {
  public:
    static constexpr qint64 kMaxElementBytes = 16LL * 1024 * 1024; // as GeoJSON sequences
    static constexpr qint64 kMaxRestBytes = 16LL * 1024 * 1024;

    JsonArrayStream(QIODevice& source, QByteArray key);
    // The next element's text and the line where it starts; false when there are no more.
    // Throws ImportError (with the line) on a structure that is not JSON, or an element over
    // kMaxElementBytes.
    bool next(QByteArray& element, qint64& line);
    // Once next() gave false: the document without the array's elements, parsed. Throws
    // ImportError naming the line of invalid JSON or an empty file.
    QJsonDocument rest();
    // True when the root object held the array.
    bool found() const { return state_ != State::Before; }

    // One element parsed as a JSON value (objects, arrays, scalars). Throws ImportError with
    // the line of invalid JSON.
    static QJsonValue parse(const QByteArray& element, qint64 line);

  private:
    enum class State { Before, Inside, After };
    bool fill();
    void keep(char c); // into rest_
    void checkElementSize(qint64 bytes) const;
    [[noreturn]] void invalid(const QString& reason) const;

    static constexpr qsizetype kBlock = 64 * 1024;

    QIODevice& source_;
    QByteArray key_;
    QByteArray buffer_;
    qsizetype at_ = 0;
    bool end_ = false, bom_ = true;
    qint64 line_ = 1;
    std::vector<char> stack_;
    bool inString_ = false, escaped_ = false;
    QByteArray rootString_; // the start of the last string read directly in the root object
    State state_ = State::Before;
    bool inElement_ = false, afterComma_ = false;
    qsizetype elementStart_ = 0; // in buffer_
    qint64 elementLine_ = 0;
    QByteArray rest_;        // the document without the array's elements
    qsizetype restCut_ = -1; // where in rest_ the elements were left out …
    qint64 linesCut_ = 0;    // … and how many line breaks they held
};
