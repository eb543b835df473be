// Mock of cppcoro for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <cppcoro/detail/void_value.hpp>

#include "../../mock-core/corolint_mock_core.hpp"

namespace cppcoro {

// Blocks the calling thread until `awaitable` completes and returns its result.
template <typename Awaitable>
auto sync_wait(Awaitable&& awaitable)
    -> std::conditional_t<std::is_void_v<corolint_mock::await_result_t<Awaitable>>, void,
                          std::remove_cvref_t<corolint_mock::await_result_t<Awaitable>>> {
  if constexpr (std::is_void_v<corolint_mock::await_result_t<Awaitable>>)
    (void)corolint_mock::sync_wait_impl<detail::void_value>(static_cast<Awaitable&&>(awaitable));
  else
    return corolint_mock::sync_wait_impl<detail::void_value>(static_cast<Awaitable&&>(awaitable));
}

}  // namespace cppcoro
