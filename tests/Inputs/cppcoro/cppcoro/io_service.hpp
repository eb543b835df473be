// Mock of cppcoro for corolint's tests: only the names and shapes the tests need.
#pragma once

#include "../../mock-core/corolint_mock_core.hpp"

#include <chrono>
#include <coroutine>

namespace cppcoro {

class io_service {
 public:
  // Mock: nothing is queued; the awaiting coroutine is resumed inline.
  class schedule_operation : public corolint_mock::resume_inline {};
  class timed_schedule_operation : public schedule_operation {};

  io_service() noexcept = default;
  explicit io_service(unsigned int /*concurrency_hint*/) noexcept {}
  io_service(const io_service&) = delete;
  io_service& operator=(const io_service&) = delete;

  schedule_operation schedule() noexcept { return {}; }
  template <typename Rep, typename Period>
  timed_schedule_operation schedule_after(std::chrono::duration<Rep, Period> /*delay*/) noexcept {
    return {};
  }

  // Event-loop drivers; each returns the number of events processed.
  unsigned long long process_events() { return 0; }
  unsigned long long process_pending_events() { return 0; }
  unsigned long long process_one_event() { return 0; }
  unsigned long long process_one_pending_event() { return 0; }

  void stop() noexcept { stopped_ = true; }
  void reset() noexcept { stopped_ = false; }
  bool is_stop_requested() const noexcept { return stopped_; }

 private:
  bool stopped_ = false;
};

}  // namespace cppcoro
