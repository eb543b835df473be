// Mock of folly for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <folly/experimental/coro/Task.h>

#include "../../../../mock-core/corolint_mock_core.hpp"

namespace folly::coro {
namespace detail {
template <typename... A>
Task<std::tuple<corolint_mock::non_void_t<corolint_mock::await_result_t<A>, Unit>...>> collectAllImpl(
    A... awaitables) {
  co_return co_await corolint_mock::await_all<Unit, A...>(static_cast<A&&>(awaitables)...);
}
}  // namespace detail

// Awaits all arguments; the Task yields a tuple of their results (void -> Unit).
template <typename... SemiAwaitables>
Task<std::tuple<corolint_mock::non_void_t<corolint_mock::await_result_t<SemiAwaitables>, Unit>...>>
collectAll(SemiAwaitables&&... awaitables) {
  return detail::collectAllImpl<SemiAwaitables...>(static_cast<SemiAwaitables&&>(awaitables)...);
}

}  // namespace folly::coro
