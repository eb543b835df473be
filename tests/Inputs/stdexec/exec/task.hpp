// Mock of stdexec for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <stdexec/execution.hpp>

#include "../../mock-core/corolint_mock_core.hpp"

namespace exec {

template <class T>
struct default_task_context {};

// Lazy: the body starts when the task is awaited (or passed to sync_wait).
template <class T, class Context = default_task_context<T>>
class basic_task {
 public:
  struct promise_type : corolint_mock::promise_base<T> {
    basic_task get_return_object() noexcept {
      return basic_task(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    corolint_mock::final_awaiter final_suspend() noexcept { return {this->continuation}; }
  };

  auto operator co_await() && noexcept { return __frame_.template awaiter<T, true>(); }

 private:
  explicit basic_task(std::coroutine_handle<promise_type> h) noexcept : __frame_(h) {}
  corolint_mock::frame_owner<T> __frame_;
};

template <class T>
using task = basic_task<T, default_task_context<T>>;

}  // namespace exec
