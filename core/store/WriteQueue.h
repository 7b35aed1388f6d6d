#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

// Runs tasks in order on one background thread, so that an importer parses the next rows
// while SQLite stores the previous ones (two cores, twice the hands). Tasks are handed over
// in batches through a bounded queue: memory stays constant however long the input.
// The first task that throws stops the queue; its exception is rethrown to the caller by the
// next post() or drain(). Without thread-safe SQLite the tasks simply run inline.
class WriteQueue {
  public:
    explicit WriteQueue(bool threaded);
    ~WriteQueue(); // discards tasks not yet started, waits for the running batch
    WriteQueue(const WriteQueue&) = delete;
    WriteQueue& operator=(const WriteQueue&) = delete;

    void post(std::function<void()> task);
    void send();  // hands the tasks posted so far over now, without waiting for a full batch
    void drain(); // waits until every posted task ran; rethrows a task's failure

  private:
    void handOver();
    void run();
    void rethrowFailure();

    static constexpr std::size_t kBatch = 256;
    static constexpr std::size_t kMaxBatches = 8;

    bool threaded_;
    std::vector<std::function<void()>> pending_; // the caller's batch being filled
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::vector<std::function<void()>>> queue_;
    bool busy_ = false;
    bool stop_ = false;
    std::exception_ptr failure_;
    std::thread worker_;
};
