// A task library written the way drogon's is: the task's promise_type is an
// alias of a separate promise class template, with an explicit
// specialization for void. Used from a system include directory, a
// TaskPromise<T> for a non-void T is only declared until a coroutine
// returning Task<T> is defined in the translation unit.
#pragma once

#include <coroutine>
#include <exception>
#include <utility>

namespace promise_alias {

template <typename T>
struct TaskPromise;

// Resumes the awaiting coroutine, if any, when a task finishes.
struct ResumeContinuation {
  std::coroutine_handle<> next;
  bool await_ready() noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept {
    return next ? next : std::noop_coroutine();
  }
  void await_resume() noexcept {}
};

template <typename T = void>
struct [[nodiscard]] Task {
  using promise_type = TaskPromise<T>;
  using handle_type = std::coroutine_handle<promise_type>;

  explicit Task(handle_type h) : handle(h) {}
  Task(Task&& other) noexcept : handle(std::exchange(other.handle, {})) {}
  ~Task() {
    if (handle) handle.destroy();
  }

  bool await_ready() const noexcept { return !handle || handle.done(); }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) noexcept {
    handle.promise().continuation = awaiting;
    return handle;
  }
  T await_resume() { return handle.promise().result(); }

  handle_type handle;
};

template <typename T>
struct TaskPromise {
  Task<T> get_return_object() { return Task<T>{std::coroutine_handle<TaskPromise>::from_promise(*this)}; }
  std::suspend_always initial_suspend() noexcept { return {}; }
  ResumeContinuation final_suspend() noexcept { return {continuation}; }
  void return_value(T v) { value = std::move(v); }
  void unhandled_exception() { exception = std::current_exception(); }
  T result() {
    if (exception) std::rethrow_exception(exception);
    return std::move(value);
  }
  std::coroutine_handle<> continuation;
  T value{};
  std::exception_ptr exception;
};

template <>
struct TaskPromise<void> {
  Task<void> get_return_object() { return Task<void>{std::coroutine_handle<TaskPromise>::from_promise(*this)}; }
  std::suspend_always initial_suspend() noexcept { return {}; }
  ResumeContinuation final_suspend() noexcept { return {continuation}; }
  void return_void() {}
  void unhandled_exception() { exception = std::current_exception(); }
  void result() {
    if (exception) std::rethrow_exception(exception);
  }
  std::coroutine_handle<> continuation;
  std::exception_ptr exception;
};

}  // namespace promise_alias
