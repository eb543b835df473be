// Mock of stdexec for corolint's tests: only the names and shapes the tests need.
#pragma once

#include "../../mock-core/corolint_mock_core.hpp"

#include <stdexec/execution.hpp>

#include <coroutine>

namespace exec {
namespace _pool_ {

// As in stdexec, the pool derives from an implementation class whose nested
// scheduler is what get_scheduler() returns.
class _static_thread_pool {
 public:
  // Mock: no threads; an awaiting coroutine is resumed inline.
  class __schedule_sender : public corolint_mock::resume_inline {
   public:
    using __values = std::tuple<>;
  };
  class scheduler {
   public:
    __schedule_sender schedule() const noexcept { return {}; }
    bool operator==(const scheduler&) const noexcept = default;
  };
  scheduler get_scheduler() noexcept { return {}; }
};

}  // namespace _pool_

class static_thread_pool : private _pool_::_static_thread_pool {
 public:
  explicit static_thread_pool(unsigned /*threads*/ = 1) {}
  using _pool_::_static_thread_pool::get_scheduler;
  using _pool_::_static_thread_pool::scheduler;
};

namespace __task {
// reschedule_coroutine_on(s) is what an exec::task awaits to move to s; the
// mock's wrapper is itself the awaiter.
template <class Scheduler>
struct __reschedule_wrapper : corolint_mock::resume_inline {
  Scheduler __sched;
};
struct __reschedule_coroutine_on_t {
  template <class Scheduler>
  __reschedule_wrapper<Scheduler> operator()(Scheduler sched) const noexcept {
    return {{}, static_cast<Scheduler&&>(sched)};
  }
};
}  // namespace __task

inline constexpr __task::__reschedule_coroutine_on_t reschedule_coroutine_on{};

}  // namespace exec
