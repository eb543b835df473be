// Mock of C++26 std::execution (P2300 + P3552 task) for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <coroutine>
#include <exception>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

#include "../mock-core/corolint_mock_core.hpp"

namespace std::execution {

template <class... Queries>
struct env {};

// Lazy: the body starts when the task is awaited (or passed to sync_wait).
template <class T = void, class Environment = env<>>
class task {
 public:
  struct promise_type : corolint_mock::promise_base<T> {
    task get_return_object() noexcept { return task(coroutine_handle<promise_type>::from_promise(*this)); }
    suspend_always initial_suspend() noexcept { return {}; }
    corolint_mock::final_awaiter final_suspend() noexcept { return {this->continuation}; }
  };

  auto operator co_await() && noexcept { return __frame_.template awaiter<T, true>(); }

 private:
  explicit task(coroutine_handle<promise_type> h) noexcept : __frame_(h) {}
  corolint_mock::frame_owner<T> __frame_;
};

}  // namespace std::execution

namespace std::this_thread {

// Blocks until the sender completes: optional<tuple<>> or optional<tuple<T>>.
struct sync_wait_t {
  template <class Sndr>
  auto operator()(Sndr&& sndr) const {
    using result = corolint_mock::await_result_t<Sndr>;
    using values = conditional_t<is_void_v<result>, tuple<>, tuple<remove_cvref_t<result>>>;
    return optional<values>(values(corolint_mock::sync_wait_impl<tuple<>>(static_cast<Sndr&&>(sndr))));
  }
};
inline constexpr sync_wait_t sync_wait{};

}  // namespace std::this_thread
