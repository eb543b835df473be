// Mock of seastar for corolint's tests: only the names and shapes the tests need.
// future<T> is not a coroutine type until <seastar/core/coroutine.hh> is included.
#pragma once

#include <coroutine>
#include <exception>
#include <functional>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

// Internal helpers (not part of the real API).
namespace seastar::internal {

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
using await_result_t = decltype(seastar::internal::get_awaiter(std::declval<A>()).await_resume());

template <typename T>
using non_void_t = std::conditional_t<std::is_void_v<T>, void_value, std::remove_cvref_t<T>>;

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

// Awaits `a` and yields its result with void mapped to void_value.
template <typename A>
lazy<non_void_t<await_result_t<A>>> await_non_void(A a) {
  if constexpr (std::is_void_v<await_result_t<A>>) {
    co_await static_cast<A&&>(a);
    co_return void_value{};
  } else {
    co_return co_await static_cast<A&&>(a);
  }
}

// Awaits each of `as` in order; yields a tuple of their (non-void) results.
template <typename... A>
lazy<std::tuple<non_void_t<await_result_t<A>>...>> await_all(A... as) {
  co_return std::tuple<non_void_t<await_result_t<A>>...>{
      co_await seastar::internal::await_non_void<A>(static_cast<A&&>(as))...};
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

// Blocks until `a` completes; returns its result with void mapped to void_value.
template <typename A>
non_void_t<await_result_t<A>> sync_wait_impl(A&& a) {
  std::optional<non_void_t<await_result_t<A>>> out;
  seastar::internal::drive(static_cast<A&&>(a), out).run();
  return std::move(*out);
}

}  // namespace seastar::internal

namespace seastar {

template <typename T = void>
class future;

namespace internal {
template <typename T>
class awaiter;
template <typename Func, typename T>
struct then_result {
  using type = std::invoke_result_t<Func, T&&>;
};
template <typename Func>
struct then_result<Func, void> {
  using type = std::invoke_result_t<Func>;
};
}  // namespace internal

struct ready_future_marker {};
struct exception_future_marker {};

template <typename T>
struct futurize {
  using type = future<T>;
};
template <typename T>
struct futurize<future<T>> {
  using type = future<T>;
};
template <typename T>
using futurize_t = typename futurize<T>::type;

template <typename T = void, typename... A>
future<T> make_ready_future(A&&... value);
template <typename T = void>
future<T> make_exception_future(std::exception_ptr ex) noexcept;

// Eager: a coroutine returning future<T> runs until its first suspension when called;
// other producers hand out futures that are already (or soon) resolved.
template <typename T>
class future {
 public:
  using value_type = T;

  template <typename... A>
  future(ready_future_marker, A&&... value) : value_(std::in_place, static_cast<A&&>(value)...) {}
  future(exception_future_marker, std::exception_ptr ex) noexcept : error_(std::move(ex)) {}
  // Used by the coroutine promise (coroutine.hh).
  explicit future(internal::frame_owner<T> frame) noexcept : frame_(std::move(frame)) {}

  future(future&&) noexcept = default;
  future& operator=(future&&) noexcept = default;

  bool available() const noexcept { return frame_.valid() ? frame_.done() : (value_.has_value() || error_); }
  bool failed() const noexcept {
    if (!frame_.valid()) return static_cast<bool>(error_);
    if (!frame_.done()) return false;
    try {
      (void)frame_.promise().result();
      return false;
    } catch (...) {
      return true;
    }
  }

  // Mock: there is no reactor, so the future must already be available.
  T get() {
    if (!available()) std::terminate();
    if (frame_.valid()) {
      if constexpr (std::is_void_v<T>) frame_.promise().result();
      else return std::move(frame_.promise().result());
    } else {
      if (error_) std::rethrow_exception(error_);
      if constexpr (!std::is_void_v<T>) return std::move(*value_);
    }
  }
  void wait() noexcept {}

  // Runs `func` on the value (inline in the mock); `func` may return a value or a future.
  template <typename Func>
  futurize_t<typename internal::then_result<Func, T>::type> then(Func&& func) noexcept;
  template <typename Func>
  future<T> finally(Func&& func) noexcept {
    std::invoke(static_cast<Func&&>(func));
    return std::move(*this);
  }
  future<> discard_result() noexcept;
  void ignore_ready_future() noexcept {}

 private:
  template <typename U>
  friend class internal::awaiter;
  internal::frame_owner<T> frame_;
  std::optional<internal::non_void_t<T>> value_;
  std::exception_ptr error_;
};

template <typename T, typename... A>
future<T> make_ready_future(A&&... value) {
  return future<T>(ready_future_marker{}, static_cast<A&&>(value)...);
}
template <typename T>
future<T> make_exception_future(std::exception_ptr ex) noexcept {
  return future<T>(exception_future_marker{}, std::move(ex));
}
template <typename T = void, typename Exception>
  requires(!std::is_same_v<std::decay_t<Exception>, std::exception_ptr>)
future<T> make_exception_future(Exception&& ex) noexcept {
  return make_exception_future<T>(std::make_exception_ptr(static_cast<Exception&&>(ex)));
}
inline future<> now() { return make_ready_future<>(); }

// Calls func(args...) and wraps what it returns (or throws) in a future.
template <typename Func, typename... Args>
futurize_t<std::invoke_result_t<Func, Args...>> futurize_invoke(Func&& func, Args&&... args) noexcept {
  using R = std::invoke_result_t<Func, Args...>;
  using F = futurize_t<R>;
  try {
    if constexpr (std::is_same_v<R, F>) {
      return std::invoke(static_cast<Func&&>(func), static_cast<Args&&>(args)...);
    } else if constexpr (std::is_void_v<R>) {
      std::invoke(static_cast<Func&&>(func), static_cast<Args&&>(args)...);
      return make_ready_future<>();
    } else {
      return make_ready_future<R>(std::invoke(static_cast<Func&&>(func), static_cast<Args&&>(args)...));
    }
  } catch (...) {
    return make_exception_future<typename F::value_type>(std::current_exception());
  }
}

template <typename T>
template <typename Func>
futurize_t<typename internal::then_result<Func, T>::type> future<T>::then(Func&& func) noexcept {
  using F = futurize_t<typename internal::then_result<Func, T>::type>;
  try {
    if constexpr (std::is_void_v<T>) {
      get();
      return futurize_invoke(static_cast<Func&&>(func));
    } else {
      return futurize_invoke(static_cast<Func&&>(func), get());
    }
  } catch (...) {
    return make_exception_future<typename F::value_type>(std::current_exception());
  }
}

template <typename T>
future<> future<T>::discard_result() noexcept {
  try {
    (void)get();
  } catch (...) {
    return make_exception_future<>(std::current_exception());
  }
  return make_ready_future<>();
}

}  // namespace seastar
