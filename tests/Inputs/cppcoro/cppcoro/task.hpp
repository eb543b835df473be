// Mock of cppcoro for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <cppcoro/detail/void_value.hpp>

#include "../../mock-core/corolint_mock_core.hpp"

namespace cppcoro {

// Lazy: the body starts when the task is first co_awaited.
template <typename T = void>
class task {
 public:
  struct promise_type : corolint_mock::promise_base<T> {
    task get_return_object() noexcept { return task(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    corolint_mock::final_awaiter final_suspend() noexcept { return {this->continuation}; }
  };
  using value_type = T;

  task() noexcept = default;
  bool is_ready() const noexcept { return frame_.done(); }

  auto operator co_await() const& noexcept {
    return frame_.template awaiter<std::add_lvalue_reference_t<T>, true>();
  }
  auto operator co_await() const&& noexcept { return frame_.template awaiter<T, true>(); }

 private:
  explicit task(std::coroutine_handle<promise_type> h) noexcept : frame_(h) {}
  corolint_mock::frame_owner<T> frame_;
};

}  // namespace cppcoro
