// Mock of libcoro for corolint's tests: only the names and shapes the tests need.
#pragma once

#include "../../mock-core/corolint_mock_core.hpp"

#include <chrono>
#include <coroutine>
#include <utility>

namespace coro {

// Older libcoro name of the I/O-capable scheduler.
class io_scheduler {
 public:
  struct options {
    unsigned int thread_count = 1;
  };
  // Mock: nothing is queued; the awaiting coroutine is resumed inline.
  class schedule_operation : public corolint_mock::resume_inline {};

  io_scheduler() noexcept = default;
  explicit io_scheduler(options opts) noexcept : opts_(opts) {}
  io_scheduler(const io_scheduler&) = delete;
  io_scheduler& operator=(const io_scheduler&) = delete;

  schedule_operation schedule() noexcept { return {}; }
  schedule_operation yield() noexcept { return {}; }
  schedule_operation schedule_after(std::chrono::milliseconds /*amount*/) noexcept { return {}; }
  schedule_operation yield_for(std::chrono::milliseconds /*amount*/) noexcept { return {}; }

  // Drives the event loop; returns the number of tasks still pending.
  std::size_t process_events(std::chrono::milliseconds /*timeout*/ = std::chrono::milliseconds{0}) { return 0; }
  void shutdown() noexcept {}
  std::size_t thread_count() const noexcept { return opts_.thread_count; }
  std::size_t size() const noexcept { return 0; }
  bool empty() const noexcept { return true; }

 private:
  options opts_;
};

}  // namespace coro
