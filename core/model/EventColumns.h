#pragma once

#include <QtGlobal>
#include <cstdint>
#include <vector>

// The events as flat, cache-friendly arrays: what paint, scrub and hit test touch. Loaded once
// from the store; row i of every array is the same event. Text stays in the database.
struct EventColumns {
    std::vector<qint64> id;
    std::vector<double> x; // Web Mercator, normalised to [0,1] (0 = 180°W, 0 = north)
    std::vector<double> y;
    std::vector<qint64> lo;              // widened span begin, UTC seconds
    std::vector<qint64> hi;              // widened span end, exclusive
    std::vector<std::uint16_t> category; // index into the store's category list
    std::vector<std::uint8_t> precision; // DatePrecision
    std::vector<std::uint8_t> geoPrecision;
    std::vector<std::uint8_t> approximate; // EventFlags: 1 approximate, 2 open start, 4 open end

    std::size_t size() const { return id.size(); }
    void reserve(std::size_t n);
    // Appends row `row` of `from`, every array at once, so no column can be forgotten.
    void appendRow(const EventColumns& from, std::size_t row);
    void append(const EventColumns& more); // every row of `more`
    // The same, freeing each column of `more` as soon as it is copied (`more` ends empty), so
    // that the two are never resident in full at once.
    void appendAndRelease(EventColumns& more);
    void clear();
};
