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
    };

    // Every field, in the order above (JSON lines: without source_urls).
    static std::vector<Field> allFields(Format format);
    static QStringList fieldNames(); // as --fields spells them
    // A comma-separated list of names. Throws tigris::Error (its field: the unknown name) when
    // a name is not one of fieldNames().
    static std::vector<Field> parseFields(const QString& list);

    EventLineWriter(Format format, std::vector<Field> fields);
    void appendHeader(std::string& out) const; // CSV: the header line; JSON lines: nothing
    void append(const EventRecord& e, std::string& out) const;

  private:
    void appendJson(const EventRecord& e, std::string& out) const;
    void appendCsv(const EventRecord& e, std::string& out) const;
    Format format_;
    std::vector<Field> fields_;
};
