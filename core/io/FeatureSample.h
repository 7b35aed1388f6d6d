#pragma once

#include <QtGlobal>
#include <functional>
#include <utility>
#include <vector>

// The first records of a file (GeoJSON features, KML placemarks), held until what is learnt
// from them decides how every record is read; then each is converted in the file's order, and
// the records after the sample as they come. Memory holds at most kRecords records or about
// kBytes of their text (the CSV importer's sample sizes, CsvInference).
template <class T> class FeatureSample {
  public:
    static constexpr std::size_t kRecords = 10'000;
    static constexpr qint64 kBytes = 16 * 1024 * 1024;

    // `learn` sees the held records once; `convert` is then called for every record.
    FeatureSample(std::function<void(std::vector<T>&)> learn, std::function<void(T&)> convert)
        : learn_(std::move(learn)), convert_(std::move(convert))
    {
    }
    void add(T record, qint64 bytes)
    {
        if (learnt_) {
            convert_(record);
            return;
        }
        held_.push_back(std::move(record));
        bytes_ += bytes;
        if (held_.size() >= kRecords || bytes_ >= kBytes) finish();
    }
    // Learns from what is held if the sample was not full, and converts it.
    void finish()
    {
        if (learnt_) return;
        learn_(held_);
        learnt_ = true;
        for (T& record : held_)
            convert_(record);
        std::vector<T>().swap(held_);
    }

  private:
    std::function<void(std::vector<T>&)> learn_;
    std::function<void(T&)> convert_;
    std::vector<T> held_;
    qint64 bytes_ = 0;
    bool learnt_ = false;
};
