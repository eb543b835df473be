// Mock of unifex for corolint's tests: only the names and shapes the tests need.
#pragma once

#include "../../mock-core/corolint_mock_core.hpp"

#include <unifex/scheduler_concepts.hpp>

#include <coroutine>

namespace unifex {
namespace _static_thread_pool {

// As in unifex, static_thread_pool is an alias of _static_thread_pool::context
// and its scheduler is a class nested in it.
class context {
 public:
  // Mock: no threads; an awaiting coroutine is resumed inline.
  class schedule_sender : public corolint_mock::resume_inline {};
  class scheduler {
   public:
    schedule_sender schedule() const noexcept { return {}; }
    bool operator==(const scheduler&) const noexcept = default;

   private:
    friend class context;
    explicit scheduler(context* pool) noexcept : pool_(pool) {}
    context* pool_;
  };

  context() = default;
  explicit context(unsigned /*threads*/) {}
  context(const context&) = delete;
  context& operator=(const context&) = delete;

  scheduler get_scheduler() noexcept { return scheduler(this); }
};

}  // namespace _static_thread_pool

using static_thread_pool = _static_thread_pool::context;

}  // namespace unifex
