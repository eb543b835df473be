// Shared machinery of corolint's mock framework headers (tests/Inputs/<framework>/): not any framework's API.
#pragma once

// Each mock includes this file by a path relative to itself, so it needs no include path of its own.
// Only the task types' helpers live here; every task type (and its nested promise_type) stays a
// distinct class in its framework's namespace, deriving from or holding these pieces.

#include <coroutine>
#include <exception>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace corolint_mock {

// Default stand-in for `void` where a value is needed; a mock whose users can see that value
// passes its framework's own type as `Unit` below instead (cppcoro::detail::void_value,
// folly::Unit, unifex::unit, std::tuple<>).
struct void_value {};

// What `co_await a` yields: member or free operator co_await, else `a` is the awaiter.
template <typename A>
decltype(auto) get_awaiter(A&& a) {
  if constexpr (requires { static_cast<A&&>(a).operator co_await(); })
    return static_cast<A&&>(a).operator co_await();
  else if constexpr (requires { operator co_await(static_cast<A&&>(a)); })
    return operator co_await(static_cast<A&&>(a));
  else
    return static_cast<A&&>(a);
}
template <typename A>
using await_result_t = decltype(corolint_mock::get_awaiter(std::declval<A>()).await_resume());

template <typename T, typename Unit = void_value>
using non_void_t = std::conditional_t<std::is_void_v<T>, Unit, std::remove_cvref_t<T>>;

// What the coroutine co_returned, or the exception that escaped it.
template <typename T>
class result_store {
 public:
  template <typename U = T>
    requires std::is_constructible_v<T, U&&>
  void return_value(U&& value) { value_.emplace(static_cast<U&&>(value)); }
  void unhandled_exception() noexcept { error_ = std::current_exception(); }
  T& result() {
    if (error_) std::rethrow_exception(error_);
    return *value_;
  }

 private:
  std::optional<T> value_;
  std::exception_ptr error_;
};

template <>
class result_store<void> {
 public:
  void return_void() noexcept {}
  void unhandled_exception() noexcept { error_ = std::current_exception(); }
  void result() {
    if (error_) std::rethrow_exception(error_);
  }

 private:
  std::exception_ptr error_;
};

// Base of the mocks' promise types: the result plus the coroutine awaiting it.
template <typename T>
struct promise_base : result_store<T> {
  std::coroutine_handle<> continuation;
};

// Transfers to the awaiting coroutine; the frame stays suspended until its owner destroys it.
struct final_awaiter {
  std::coroutine_handle<> continuation;
  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<>) const noexcept {
    if (continuation) return continuation;
    return std::noop_coroutine();
  }
  void await_resume() const noexcept {}
};

// Suspends and resumes the awaiting coroutine at once: a mock scheduler's
// schedule operation, whose "other thread" is the awaiting one.
struct resume_inline {
  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) const noexcept { return awaiting; }
  void await_resume() const noexcept {}
};

// Awaiter over a frame whose promise derives from promise_base<T>. R is what co_await
// yields; Lazy frames are started by the await, eager ones are already running.
template <typename T, typename R, bool Lazy>
struct frame_awaiter {
  std::coroutine_handle<> coro;
  promise_base<T>* promise;
  bool await_ready() const noexcept { return coro.done(); }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) noexcept {
    promise->continuation = awaiting;
    if constexpr (Lazy) return coro;
    else return std::noop_coroutine();
  }
  R await_resume() {
    if constexpr (std::is_void_v<R>) (void)promise->result();
    else if constexpr (std::is_lvalue_reference_v<R>) return promise->result();
    else return std::move(promise->result());
  }
};

// Move-only owner of a coroutine frame whose promise derives from promise_base<T>.
template <typename T>
class frame_owner {
 public:
  frame_owner() noexcept = default;
  template <typename P>
  explicit frame_owner(std::coroutine_handle<P> h) noexcept : coro_(h), promise_(&h.promise()) {}
  frame_owner(frame_owner&& o) noexcept
      : coro_(std::exchange(o.coro_, {})), promise_(std::exchange(o.promise_, nullptr)) {}
  frame_owner& operator=(frame_owner o) noexcept {
    std::swap(coro_, o.coro_);
    std::swap(promise_, o.promise_);
    return *this;
  }
  ~frame_owner() {
    if (coro_) coro_.destroy();
  }
  bool valid() const noexcept { return static_cast<bool>(coro_); }
  bool done() const noexcept { return !coro_ || coro_.done(); }
  std::coroutine_handle<> handle() const noexcept { return coro_; }
  promise_base<T>& promise() const noexcept { return *promise_; }
  template <typename R, bool Lazy>
  frame_awaiter<T, R, Lazy> awaiter() const noexcept { return {coro_, promise_}; }

 private:
  std::coroutine_handle<> coro_;
  promise_base<T>* promise_ = nullptr;
};

// Internal lazy coroutine type used to build composite awaitables.
template <typename T>
class lazy {
 public:
  struct promise_type : promise_base<T> {
    lazy get_return_object() noexcept { return lazy(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    final_awaiter final_suspend() noexcept { return {this->continuation}; }
  };
  frame_awaiter<T, T, true> operator co_await() && noexcept { return frame_.template awaiter<T, true>(); }
  frame_awaiter<T, T, true> operator co_await() const& noexcept { return frame_.template awaiter<T, true>(); }

 private:
  explicit lazy(std::coroutine_handle<promise_type> h) noexcept : frame_(h) {}
  frame_owner<T> frame_;
};

// Awaits `a` and yields its result with void mapped to Unit.
template <typename Unit, typename A>
lazy<non_void_t<await_result_t<A>, Unit>> await_non_void(A a) {
  if constexpr (std::is_void_v<await_result_t<A>>) {
    co_await static_cast<A&&>(a);
    co_return Unit{};
  } else {
    co_return co_await static_cast<A&&>(a);
  }
}

// Awaits each of `as` in order; yields a tuple of their results with void mapped to Unit.
template <typename Unit, typename... A>
lazy<std::tuple<non_void_t<await_result_t<A>, Unit>...>> await_all(A... as) {
  co_return std::tuple<non_void_t<await_result_t<A>, Unit>...>{
      co_await corolint_mock::await_non_void<Unit, A>(static_cast<A&&>(as))...};
}

// Top-level coroutine for blocking waits. The mock schedules nothing anywhere else,
// so a single resume() runs the awaited work to completion on the calling thread.
class sync_driver {
 public:
  struct promise_type {
    std::exception_ptr error;
    sync_driver get_return_object() noexcept {
      return sync_driver(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() noexcept { error = std::current_exception(); }
  };
  sync_driver(sync_driver&& o) noexcept : coro_(std::exchange(o.coro_, {})) {}
  ~sync_driver() {
    if (coro_) coro_.destroy();
  }
  void run() {
    coro_.resume();
    if (!coro_.done()) std::terminate();  // awaited something the mock never completes
    if (coro_.promise().error) std::rethrow_exception(coro_.promise().error);
  }

 private:
  explicit sync_driver(std::coroutine_handle<promise_type> h) noexcept : coro_(h) {}
  std::coroutine_handle<promise_type> coro_;
};

template <typename A, typename V>
sync_driver drive(A&& a, std::optional<V>& out) {
  if constexpr (std::is_void_v<await_result_t<A>>) {
    co_await static_cast<A&&>(a);
    out.emplace();
  } else {
    out.emplace(co_await static_cast<A&&>(a));
  }
}

// Blocks until `a` completes; returns its result with void mapped to Unit.
template <typename Unit = void_value, typename A>
non_void_t<await_result_t<A>, Unit> sync_wait_impl(A&& a) {
  std::optional<non_void_t<await_result_t<A>, Unit>> out;
  corolint_mock::drive(static_cast<A&&>(a), out).run();
  return std::move(*out);
}

}  // namespace corolint_mock
