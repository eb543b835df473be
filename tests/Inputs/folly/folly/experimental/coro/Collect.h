// Mock of folly for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <folly/experimental/coro/Task.h>

namespace folly::coro {
namespace detail {
template <typename... A>
Task<std::tuple<non_void_t<await_result_t<A>>...>> collectAllImpl(A... awaitables) {
  co_return co_await detail::await_all<A...>(static_cast<A&&>(awaitables)...);
}
}  // namespace detail

// Awaits all arguments; the Task yields a tuple of their results (void -> Unit).
template <typename... SemiAwaitables>
Task<std::tuple<detail::non_void_t<detail::await_result_t<SemiAwaitables>>...>> collectAll(
    SemiAwaitables&&... awaitables) {
  return detail::collectAllImpl<SemiAwaitables...>(static_cast<SemiAwaitables&&>(awaitables)...);
}

}  // namespace folly::coro
