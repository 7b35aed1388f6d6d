#pragma once

#include "io/Importer.h"

// TimelineJS 3 JSON (Knight Lab): each of `events[]` with a `start_date` of year/month/day/
// hour/minute/second parts becomes an event whose precision is the finest part given.
// Headlines and texts may hold HTML: only their words are kept. The `title` slide and `eras`
// are not events. Events without `location` (a StoryMapJS-style lat/lon) have no position.
class TimelineJsImporter : public Importer {
  public:
    QString format() const override { return QStringLiteral("timelinejs"); }
    ImportReport run(QIODevice& source, EventStore::Writer& writer) override;

    // A JSON object with an "events" array whose elements have a "start_date".
    static bool looksLikeTimelineJs(const QByteArray& head);
};
