// Mock of folly for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <folly/Executor.h>
#include <folly/Unit.h>
#include <folly/futures/Future.h>

#include "../../../../mock-core/corolint_mock_core.hpp"

namespace folly::coro {

template <typename T = void>
class Task;
template <typename T = void>
class TaskWithExecutor;

namespace detail {
template <typename T>
class TaskDeferred;
}  // namespace detail

// Lazy: the body starts when awaited (co_await std::move(task)) or when the result
// of scheduleOn()/semi() is started or waited on.
template <typename T>
class Task {
 public:
  struct promise_type : corolint_mock::promise_base<T> {
    Task get_return_object() noexcept { return Task(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    corolint_mock::final_awaiter final_suspend() noexcept { return {this->continuation}; }
  };
  using value_type = T;

  TaskWithExecutor<T> scheduleOn(Executor::KeepAlive<> executor) && noexcept {
    return TaskWithExecutor<T>(std::move(frame_), std::move(executor));
  }
  SemiFuture<lift_unit_t<T>> semi() &&;

  auto operator co_await() && noexcept { return frame_.template awaiter<T, true>(); }

 private:
  explicit Task(std::coroutine_handle<promise_type> h) noexcept : frame_(h) {}
  corolint_mock::frame_owner<T> frame_;
};

// Lazy: a Task bound to an executor; awaited or started (start()) later.
template <typename T>
class TaskWithExecutor {
 public:
  struct promise_type : corolint_mock::promise_base<T> {
    TaskWithExecutor get_return_object() noexcept {
      return TaskWithExecutor(
          corolint_mock::frame_owner<T>(std::coroutine_handle<promise_type>::from_promise(*this)), {});
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    corolint_mock::final_awaiter final_suspend() noexcept { return {this->continuation}; }
  };
  using value_type = T;

  Executor* getExecutor() const noexcept { return executor_.get(); }

  // Starts the task (inline in the mock) and returns a future for its result.
  SemiFuture<lift_unit_t<T>> start() && {
    try {
      return SemiFuture<lift_unit_t<T>>(corolint_mock::sync_wait_impl<Unit>(std::move(*this)));
    } catch (...) {
      return SemiFuture<lift_unit_t<T>>(std::current_exception());
    }
  }
  SemiFuture<lift_unit_t<T>> startInlineUnsafe() && { return std::move(*this).start(); }

  auto operator co_await() && noexcept { return frame_.template awaiter<T, true>(); }

 private:
  friend class Task<T>;
  TaskWithExecutor(corolint_mock::frame_owner<T> frame, Executor::KeepAlive<> executor) noexcept
      : frame_(std::move(frame)), executor_(std::move(executor)) {}
  corolint_mock::frame_owner<T> frame_;
  Executor::KeepAlive<> executor_;
};

namespace detail {
template <typename T>
class TaskDeferred final : public futures::detail::Deferred<lift_unit_t<T>> {
 public:
  explicit TaskDeferred(Task<T> task) noexcept : task_(std::move(task)) {}
  lift_unit_t<T> run() override { return corolint_mock::sync_wait_impl<Unit>(std::move(task_)); }

 private:
  Task<T> task_;
};
}  // namespace detail

template <typename T>
SemiFuture<lift_unit_t<T>> Task<T>::semi() && {
  return SemiFuture<lift_unit_t<T>>(new detail::TaskDeferred<T>(std::move(*this)));
}

template <typename T>
TaskWithExecutor<T> co_withExecutor(Executor::KeepAlive<> executor, Task<T> task) noexcept {
  return std::move(task).scheduleOn(std::move(executor));
}

}  // namespace folly::coro

// Convenience for the tests: Task.h also brings in blockingWait, collectAll and EventBase.
#include <folly/experimental/coro/BlockingWait.h>
#include <folly/experimental/coro/Collect.h>
#include <folly/io/async/EventBase.h>
