// Mock of unifex for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <unifex/detail/unit.hpp>

#include "../../mock-core/corolint_mock_core.hpp"

namespace unifex {
namespace _task {

// As in unifex, the coroutine type is the nested `type` reached through an alias.
template <typename T>
struct _task {
  struct type;
};

// Lazy: the body starts when the task is awaited (or passed to sync_wait).
template <typename T>
struct _task<T>::type {
  struct promise_type : corolint_mock::promise_base<T> {
    type get_return_object() noexcept { return type(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    corolint_mock::final_awaiter final_suspend() noexcept { return {this->continuation}; }
  };
  using value_type = T;

  auto operator co_await() && noexcept { return frame_.template awaiter<T, true>(); }

 private:
  explicit type(std::coroutine_handle<promise_type> h) noexcept : frame_(h) {}
  corolint_mock::frame_owner<T> frame_;
};

}  // namespace _task

template <typename T>
using task = typename _task::_task<T>::type;

}  // namespace unifex
