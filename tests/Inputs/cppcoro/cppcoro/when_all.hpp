// Mock of cppcoro for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <cppcoro/detail/void_value.hpp>

#include "../../mock-core/corolint_mock_core.hpp"

namespace cppcoro {
namespace detail {

// Awaitable returned by when_all(); yields std::tuple of the results (void -> void_value).
template <typename Tuple>
class when_all_awaitable {
 public:
  explicit when_all_awaitable(corolint_mock::lazy<Tuple> work) noexcept : work_(std::move(work)) {}
  auto operator co_await() && noexcept { return std::move(work_).operator co_await(); }

 private:
  corolint_mock::lazy<Tuple> work_;
};

}  // namespace detail

// Lvalue arguments are awaited by reference, rvalues are moved in.
template <typename... Awaitables>
auto when_all(Awaitables&&... awaitables) {
  using tuple_type =
      std::tuple<corolint_mock::non_void_t<corolint_mock::await_result_t<Awaitables>, detail::void_value>...>;
  return detail::when_all_awaitable<tuple_type>(
      corolint_mock::await_all<detail::void_value, Awaitables...>(static_cast<Awaitables&&>(awaitables)...));
}

}  // namespace cppcoro
