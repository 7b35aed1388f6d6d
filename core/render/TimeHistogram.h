#pragma once

#include "model/EventColumns.h"
#include "render/TimeAxis.h"

#include <cstdint>
#include <vector>

// Event density over time, stacked by category, for any zoom.
//
// Spreading rule: an event counts as 1 in total, spread uniformly over its widened span
// [lo, hi). A bin [a, b) receives |[lo, hi) ∩ [a, b)| / (hi − lo) of it, so a month-only event
// adds 1/30 to each day of its month and never spikes the first day.
//
// build() sorts the events' starts and ends once per load (per category and span length); then
// the mass before any time t is two binary searches and a few integer operations, so a
// histogram costs O(bins · buckets · log n), independent of how many events a bin holds.
class TimeHistogram {
  public:
    struct Bins {
        std::vector<qint64> edges; // bins are [edges[k], edges[k+1])
        int categories = 0;
        std::vector<float> counts; // counts[bin * categories + category]
        double maxTotal = 0;       // the tallest stack

        std::size_t size() const { return edges.empty() ? 0 : edges.size() - 1; }
        float count(std::size_t bin, int category) const
        {
            return counts[bin * std::size_t(categories) + std::size_t(category)];
        }
        double total(std::size_t bin) const;
    };

    // Indexes the rows whose (*rows)[i] != 0 (all rows when null); categories >= categoryCount
    // are ignored.
    void build(const EventColumns& columns, int categoryCount,
               const std::vector<std::uint8_t>* rows = nullptr);
    int categoryCount() const { return categories_; }
    std::size_t eventCount() const { return events_; }

    // Events of `category` (spread by the rule above) before time t.
    double massBefore(int category, qint64 t) const;

    // Fills `out` for the given sorted edges. `enabled` empty = all categories.
    void compute(const std::vector<qint64>& edges, const std::vector<std::uint8_t>& enabled,
                 Bins& out) const;

    // Edges on the calendar step of the axis at least `minBinPixels` wide (days, months …),
    // covering the visible range.
    static void calendarEdges(const TimeAxis& axis, double minBinPixels,
                              std::vector<qint64>& edges);
    // Edges every `binPixels` pixels across the visible range.
    static void uniformEdges(const TimeAxis& axis, double binPixels, std::vector<qint64>& edges);

  private:
    // Events of one category and (usually) one span length. With one length the mass before t
    // is exact integer arithmetic divided once; `length` 0 marks the bucket of rare lengths,
    // which keeps per-event weights in floating point.
    struct Bucket {
        int category = 0;
        qint64 length = 0;
        qint64 origin = 0, end = 0; // min lo, max hi
        std::vector<qint64> lo, hi; // each sorted; hi only for rare lengths (else lo + length)
        // One length within 2^32 s (136 years): lo − origin instead of lo, 4 bytes an event.
        std::vector<std::uint32_t> lo32;
        std::size_t size() const { return lo32.empty() ? lo.size() : lo32.size(); }
        // Prefix sums of (lo − origin) at every kSumBlock-th position; a query adds the few
        // values after the last one. A sum per event would double the index (16 MB more at a
        // million events, for a query cost of at most 15 additions).
        std::vector<qint64> loSum;
        std::vector<double> loInv, loW, hiInv, hiW; // rare lengths: Σ 1/len, Σ (x − origin)/len
    };
    double bucketMass(const Bucket& b, qint64 t, std::size_t& loPos, std::size_t& hiPos) const;

    std::vector<Bucket> buckets_;
    int categories_ = 0;
    std::size_t events_ = 0;
    mutable std::vector<double> scratch_;
};
