#include "store/WriteQueue.h"

WriteQueue::WriteQueue(bool threaded) : threaded_(threaded)
{
    pending_.reserve(kBatch);
    if (threaded_) worker_ = std::thread([this] { run(); });
}

WriteQueue::~WriteQueue()
{
    if (!threaded_) return;
    {
        const std::lock_guard lock(mutex_);
        stop_ = true;
        queue_.clear();
    }
    changed_.notify_all();
    worker_.join();
}

void WriteQueue::post(std::function<void()> task)
{
    if (!threaded_) {
        task();
        return;
    }
    pending_.push_back(std::move(task));
    if (pending_.size() >= kBatch) handOver();
}

void WriteQueue::send()
{
    if (threaded_ && !pending_.empty()) handOver();
}

void WriteQueue::drain()
{
    if (!threaded_) return;
    if (!pending_.empty()) handOver();
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return (queue_.empty() && !busy_) || failure_; });
    lock.unlock();
    rethrowFailure();
}

void WriteQueue::handOver()
{
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [this] { return queue_.size() < kMaxBatches || failure_; });
        if (!failure_) queue_.push_back(std::move(pending_));
    }
    changed_.notify_all();
    pending_.clear();
    pending_.reserve(kBatch);
    rethrowFailure();
}

void WriteQueue::rethrowFailure()
{
    std::exception_ptr failure;
    {
        const std::lock_guard lock(mutex_);
        failure = failure_;
    }
    if (failure) std::rethrow_exception(failure);
}

void WriteQueue::run()
{
    std::unique_lock lock(mutex_);
    for (;;) {
        changed_.wait(lock, [this] { return stop_ || !queue_.empty(); });
        if (queue_.empty()) return; // stopped
        std::vector<std::function<void()>> batch = std::move(queue_.front());
        queue_.pop_front();
        busy_ = true;
        lock.unlock();
        changed_.notify_all(); // room in the queue
        std::exception_ptr failure;
        try {
            for (auto& task : batch)
                task();
        } catch (...) {
            failure = std::current_exception();
        }
        lock.lock();
        busy_ = false;
        if (failure) {
            failure_ = failure;
            queue_.clear();
        }
        changed_.notify_all();
    }
}
