// Mock of cppcoro for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <cppcoro/detail/mock_core.hpp>

namespace cppcoro {
namespace detail {

// Awaitable returned by when_all(); yields std::tuple of the results (void -> void_value).
template <typename Tuple>
class when_all_awaitable {
 public:
  explicit when_all_awaitable(lazy<Tuple> work) noexcept : work_(std::move(work)) {}
  auto operator co_await() && noexcept { return std::move(work_).operator co_await(); }

 private:
  lazy<Tuple> work_;
};

}  // namespace detail

// Lvalue arguments are awaited by reference, rvalues are moved in.
template <typename... Awaitables>
auto when_all(Awaitables&&... awaitables) {
  using tuple_type = std::tuple<detail::non_void_t<detail::await_result_t<Awaitables>>...>;
  return detail::when_all_awaitable<tuple_type>(
      detail::await_all<Awaitables...>(static_cast<Awaitables&&>(awaitables)...));
}

}  // namespace cppcoro
