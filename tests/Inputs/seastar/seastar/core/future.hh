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

#include "../../../mock-core/corolint_mock_core.hpp"

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
  explicit future(corolint_mock::frame_owner<T> frame) noexcept : frame_(std::move(frame)) {}

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
  corolint_mock::frame_owner<T> frame_;
  std::optional<corolint_mock::non_void_t<T>> value_;
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
