#pragma once

#include "store/EventRecord.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <string>
#include <vector>

// `tigris query`'s output, one line per event, written from EventRecords straight into UTF-8:
// JSON lines (an object per line, fields in the order chosen) or CSV (RFC 4180, a header
// first). Every field of an event can be chosen, the description included; by default all.
// Text is escaped for the format, and bytes that are not UTF-8 become U+FFFD.
// The attributes (the source's fields without a role) are one field, "attributes": a JSON
// object of name → text in JSON lines, and that object's JSON text in one CSV column (the
// union of every event's names is not known before the first line is written); "attr:NAME"
// is one attribute, its value (null or empty when the event has none).
class EventLineWriter {
  public:
    enum class Format { Jsonl, Csv };
    enum class Field {
        Id,
        Title,
        Start,
        End,
        Precision,
        Approximate,
        Lat,
        Lon,
        Location,
        Category,
        Actors,
        Fatalities,
        Sources,
        SourceUrls, // CSV: the sources' links apart; JSON lines: in "sources"
        Description,
        ExternalId,
        SubCategory,
        Tags,
        GeoPrecision,
        Attributes, // all of them
        Attribute,  // one, by name ("attr:NAME")
    };

    // Every field, in the order above (JSON lines: without source_urls), attributes last.
    static std::vector<Field> allFields(Format format);
    static QStringList fieldNames(); // as --fields spells them ("attr:NAME" for one attribute)
    // A comma-separated list of names. Throws tigris::Error (its field: the unknown name) when
    // a name is not one of fieldNames(). The names of "attr:NAME" fields go to `attributes`,
    // in their order.
    static std::vector<Field> parseFields(const QString& list, QStringList* attributes = nullptr);

    // `attributes`: the name of each Attribute field, in order.
    EventLineWriter(Format format, std::vector<Field> fields, const QStringList& attributes = {});
    // True when a field is an attribute: the records must carry them (forEachMatch).
    bool needsAttributes() const;
    void appendHeader(std::string& out) const; // CSV: the header line; JSON lines: nothing
    void append(const EventRecord& e, std::string& out) const;

  private:
    void appendJson(const EventRecord& e, std::string& out) const;
    void appendCsv(const EventRecord& e, std::string& out) const;
    void decodeAttributes(const EventRecord& e) const;
    const std::string* attribute(std::size_t field) const; // nullptr: the event has none
    Format format_;
    std::vector<Field> fields_;
    std::vector<std::string> names_; // per field: the attribute's name, else empty
    // The current record's attributes, decoded once per record; reused from row to row.
    mutable std::vector<std::pair<std::string, std::string>> pairs_;
};
