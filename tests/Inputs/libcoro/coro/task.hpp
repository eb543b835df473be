// Mock of libcoro for corolint's tests: only the names and shapes the tests need.
#pragma once

#include "../../mock-core/corolint_mock_core.hpp"

namespace coro {

// Lazy: the body starts when the task is co_awaited (or resume() is called).
template <typename return_type = void>
class task {
 public:
  using task_type = task<return_type>;
  struct promise_type : corolint_mock::promise_base<return_type> {
    task get_return_object() noexcept { return task(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    corolint_mock::final_awaiter final_suspend() noexcept { return {this->continuation}; }
  };
  using coroutine_handle = std::coroutine_handle<promise_type>;

  task() noexcept = default;

  bool is_ready() const noexcept { return frame_.done(); }
  bool resume() {
    if (!frame_.done()) frame_.handle().resume();
    return !frame_.done();
  }

  auto operator co_await() const& noexcept {
    return frame_.template awaiter<std::add_lvalue_reference_t<return_type>, true>();
  }
  auto operator co_await() const&& noexcept { return frame_.template awaiter<return_type, true>(); }

 private:
  explicit task(std::coroutine_handle<promise_type> h) noexcept : frame_(h) {}
  corolint_mock::frame_owner<return_type> frame_;
};

}  // namespace coro
