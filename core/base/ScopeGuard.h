#pragma once

#include <utility>

// Runs `cleanup` when the scope is left, by a return or by an exception, unless dismissed: the
// RAII form of `catch (...) { cleanup; throw; }`. The cleanup must not throw.
//   ScopeGuard removePartial([&] { QFile::remove(partial); });
//   write(partial);
//   removePartial.dismiss(); // done: keep it
template <typename Cleanup> class ScopeGuard {
  public:
    explicit ScopeGuard(Cleanup cleanup) : cleanup_(std::move(cleanup)) {}
    ~ScopeGuard()
    {
        if (active_) cleanup_();
    }
    ScopeGuard(const ScopeGuard&) = delete;
    ScopeGuard& operator=(const ScopeGuard&) = delete;

    void dismiss() { active_ = false; }

  private:
    Cleanup cleanup_;
    bool active_ = true;
};
