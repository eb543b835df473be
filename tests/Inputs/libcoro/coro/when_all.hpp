// Mock of libcoro for corolint's tests: only the names and shapes the tests need.
#pragma once

#include "../../mock-core/corolint_mock_core.hpp"

namespace coro {
namespace detail {

// One when_all() input; once when_all completes, return_value() gives its result.
template <typename return_type>
class when_all_task {
 public:
  struct promise_type : corolint_mock::promise_base<return_type> {
    when_all_task get_return_object() noexcept {
      return when_all_task(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    corolint_mock::final_awaiter final_suspend() noexcept { return {this->continuation}; }
  };

  std::add_lvalue_reference_t<return_type> return_value() & { return frame_.promise().result(); }
  return_type return_value() && {
    if constexpr (std::is_void_v<return_type>) frame_.promise().result();
    else return std::move(frame_.promise().result());
  }
  auto operator co_await() && noexcept { return frame_.template awaiter<void, true>(); }

 private:
  explicit when_all_task(std::coroutine_handle<promise_type> h) noexcept : frame_(h) {}
  corolint_mock::frame_owner<return_type> frame_;
};

template <typename A>
when_all_task<std::remove_cvref_t<corolint_mock::await_result_t<A>>> make_when_all_task(A a) {
  if constexpr (std::is_void_v<corolint_mock::await_result_t<A>>)
    co_await static_cast<A&&>(a);
  else
    co_return co_await static_cast<A&&>(a);
}

template <typename Tuple, std::size_t... I>
corolint_mock::lazy<Tuple> run_when_all(Tuple tasks, std::index_sequence<I...>) {
  (co_await std::move(std::get<I>(tasks)), ...);
  co_return std::move(tasks);
}

// Awaitable returned by when_all(); yields std::tuple<when_all_task<T>...>.
template <typename Tuple>
class when_all_ready_awaitable {
 public:
  explicit when_all_ready_awaitable(corolint_mock::lazy<Tuple> work) noexcept : work_(std::move(work)) {}
  auto operator co_await() && noexcept { return std::move(work_).operator co_await(); }

 private:
  corolint_mock::lazy<Tuple> work_;
};

}  // namespace detail

// Lvalue arguments are awaited by reference, rvalues are moved in.
template <typename... awaitables_type>
auto when_all(awaitables_type&&... awaitables) {
  using tuple_type =
      std::tuple<detail::when_all_task<std::remove_cvref_t<corolint_mock::await_result_t<awaitables_type>>>...>;
  return detail::when_all_ready_awaitable<tuple_type>(detail::run_when_all(
      tuple_type{detail::make_when_all_task<awaitables_type>(static_cast<awaitables_type&&>(awaitables))...},
      std::index_sequence_for<awaitables_type...>{}));
}

}  // namespace coro
