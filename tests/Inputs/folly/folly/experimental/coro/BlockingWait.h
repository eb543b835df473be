// Mock of folly for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <folly/Executor.h>
#include <folly/Unit.h>

#include "../../../../mock-core/corolint_mock_core.hpp"

namespace folly::coro {

// Blocks the calling thread until the awaitable completes and returns its result.
struct blocking_wait_fn {
  template <typename Awaitable>
  auto operator()(Awaitable&& awaitable) const
      -> std::conditional_t<std::is_void_v<corolint_mock::await_result_t<Awaitable>>, void,
                            std::remove_cvref_t<corolint_mock::await_result_t<Awaitable>>> {
    if constexpr (std::is_void_v<corolint_mock::await_result_t<Awaitable>>)
      (void)corolint_mock::sync_wait_impl<Unit>(static_cast<Awaitable&&>(awaitable));
    else
      return corolint_mock::sync_wait_impl<Unit>(static_cast<Awaitable&&>(awaitable));
  }
  template <typename Awaitable>
  auto operator()(Awaitable&& awaitable, Executor* /*executor*/) const {
    return (*this)(static_cast<Awaitable&&>(awaitable));
  }
};
inline constexpr blocking_wait_fn blocking_wait{};
static constexpr blocking_wait_fn const& blockingWait = blocking_wait;

}  // namespace folly::coro
