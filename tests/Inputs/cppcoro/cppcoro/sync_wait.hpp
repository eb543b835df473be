// Mock of cppcoro for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <cppcoro/detail/mock_core.hpp>

namespace cppcoro {

// Blocks the calling thread until `awaitable` completes and returns its result.
template <typename Awaitable>
auto sync_wait(Awaitable&& awaitable)
    -> std::conditional_t<std::is_void_v<detail::await_result_t<Awaitable>>, void,
                          std::remove_cvref_t<detail::await_result_t<Awaitable>>> {
  if constexpr (std::is_void_v<detail::await_result_t<Awaitable>>)
    (void)detail::sync_wait_impl(static_cast<Awaitable&&>(awaitable));
  else
    return detail::sync_wait_impl(static_cast<Awaitable&&>(awaitable));
}

}  // namespace cppcoro
