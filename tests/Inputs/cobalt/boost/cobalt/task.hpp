// Mock of Boost.Cobalt for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <boost/cobalt/this_thread.hpp>

#include "../../../mock-core/corolint_mock_core.hpp"

namespace boost::cobalt {

// Lazy: the body starts when the task is awaited, run() or spawn()ed.
template <typename Return>
class task {
 public:
  struct promise_type : corolint_mock::promise_base<Return> {
    task get_return_object() noexcept { return task(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    corolint_mock::final_awaiter final_suspend() noexcept { return {this->continuation}; }
  };

  bool ready() const noexcept { return frame_.valid() && frame_.done(); }
  auto operator co_await() noexcept { return frame_.template awaiter<Return, true>(); }

 private:
  explicit task(std::coroutine_handle<promise_type> h) noexcept : frame_(h) {}
  corolint_mock::frame_owner<Return> frame_;
};

}  // namespace boost::cobalt
