// Mock of unifex for corolint's tests: only the names and shapes the tests need.
#pragma once

#include "../../mock-core/corolint_mock_core.hpp"

#include <unifex/scheduler_concepts.hpp>

#include <coroutine>

namespace unifex {
namespace _manual_event_loop {

// As in unifex, manual_event_loop is an alias of _manual_event_loop::context.
class context {
 public:
  // Mock: nothing is queued; an awaiting coroutine is resumed inline.
  class schedule_sender : public corolint_mock::resume_inline {};
  class scheduler {
   public:
    schedule_sender schedule() const noexcept { return {}; }
    bool operator==(const scheduler&) const noexcept = default;

   private:
    friend class context;
    explicit scheduler(context* loop) noexcept : loop_(loop) {}
    context* loop_;
  };

  context() = default;
  context(const context&) = delete;
  context& operator=(const context&) = delete;

  scheduler get_scheduler() noexcept { return scheduler(this); }
  void run() {}
  void stop() noexcept { stopped_ = true; }

 private:
  bool stopped_ = false;
};

}  // namespace _manual_event_loop

using manual_event_loop = _manual_event_loop::context;

}  // namespace unifex
