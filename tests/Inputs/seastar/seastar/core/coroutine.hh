// Mock of seastar for corolint's tests: only the names and shapes the tests need.
// As in seastar, this header makes future<T> a coroutine type (std::coroutine_traits)
// and awaitable (free operator co_await).
#pragma once

#include <seastar/core/future.hh>

#include "../../../mock-core/corolint_mock_core.hpp"

namespace seastar {
namespace internal {

template <typename T = void>
class coroutine_traits_base {
 public:
  // Eager: the body runs as soon as the coroutine is called.
  class promise_type final : public corolint_mock::promise_base<T> {
   public:
    future<T> get_return_object() noexcept {
      return future<T>(corolint_mock::frame_owner<T>(std::coroutine_handle<promise_type>::from_promise(*this)));
    }
    std::suspend_never initial_suspend() noexcept { return {}; }
    corolint_mock::final_awaiter final_suspend() noexcept { return {this->continuation}; }
  };
};

template <typename T>
class awaiter {
 public:
  explicit awaiter(future<T>&& f) noexcept : future_(std::move(f)) {}
  bool await_ready() const noexcept { return future_.available(); }
  void await_suspend(std::coroutine_handle<> awaiting) noexcept { future_.frame_.promise().continuation = awaiting; }
  T await_resume() { return future_.get(); }

 private:
  future<T> future_;
};

}  // namespace internal

template <typename T>
auto operator co_await(future<T> f) noexcept {
  return internal::awaiter<T>(std::move(f));
}

}  // namespace seastar

namespace std {
template <typename T, typename... Args>
struct coroutine_traits<seastar::future<T>, Args...> : public seastar::internal::coroutine_traits_base<T> {};
}  // namespace std
