// Mock of unifex for corolint's tests: only the names and shapes the tests need.
#pragma once

namespace unifex {
namespace _schedule {

// schedule(scheduler) as a function object, as in unifex.
struct _fn {
  template <typename Scheduler>
  auto operator()(const Scheduler& s) const noexcept -> decltype(s.schedule()) {
    return s.schedule();
  }
};

}  // namespace _schedule

inline constexpr _schedule::_fn schedule{};

}  // namespace unifex
