// Mock of libcoro for corolint's tests: only the names and shapes the tests need.
#pragma once

#include "../../mock-core/corolint_mock_core.hpp"

namespace coro {

// Blocks the calling thread until `awaitable` completes and returns its result.
template <typename awaitable_type>
auto sync_wait(awaitable_type&& awaitable)
    -> std::conditional_t<std::is_void_v<corolint_mock::await_result_t<awaitable_type>>, void,
                          std::remove_cvref_t<corolint_mock::await_result_t<awaitable_type>>> {
  if constexpr (std::is_void_v<corolint_mock::await_result_t<awaitable_type>>)
    (void)corolint_mock::sync_wait_impl(static_cast<awaitable_type&&>(awaitable));
  else
    return corolint_mock::sync_wait_impl(static_cast<awaitable_type&&>(awaitable));
}

}  // namespace coro
