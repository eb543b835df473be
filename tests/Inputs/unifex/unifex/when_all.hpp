// Mock of unifex for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <unifex/detail/unit.hpp>

#include "../../mock-core/corolint_mock_core.hpp"

#include <variant>

namespace unifex {
namespace _when_all {

// Per-input slot of the result, shaped as in unifex: variant<tuple<Values...>>.
template <typename R>
using _slot_t = std::variant<std::conditional_t<std::is_void_v<R>, std::tuple<>, std::tuple<std::remove_cvref_t<R>>>>;

template <typename A>
corolint_mock::lazy<_slot_t<corolint_mock::await_result_t<A>>> _slot(A a) {
  using slot = _slot_t<corolint_mock::await_result_t<A>>;
  if constexpr (std::is_void_v<corolint_mock::await_result_t<A>>) {
    co_await static_cast<A&&>(a);
    co_return slot(std::tuple<>());
  } else {
    co_return slot(
        std::tuple<std::remove_cvref_t<corolint_mock::await_result_t<A>>>(co_await static_cast<A&&>(a)));
  }
}

template <typename... A>
corolint_mock::lazy<std::tuple<_slot_t<corolint_mock::await_result_t<A>>...>> _all(A... as) {
  co_return std::tuple<_slot_t<corolint_mock::await_result_t<A>>...>{
      co_await _when_all::_slot<A>(static_cast<A&&>(as))...};
}

// Awaitable result of when_all(); yields tuple<variant<tuple<Values...>>...>.
template <typename Tuple>
class _sender {
 public:
  explicit _sender(corolint_mock::lazy<Tuple> work) noexcept : work_(std::move(work)) {}
  auto operator co_await() && noexcept { return std::move(work_).operator co_await(); }

 private:
  corolint_mock::lazy<Tuple> work_;
};

struct _fn {
  template <typename... Senders>
  auto operator()(Senders&&... senders) const {
    using tuple_type = std::tuple<_slot_t<corolint_mock::await_result_t<Senders>>...>;
    return _sender<tuple_type>(_when_all::_all<Senders...>(static_cast<Senders&&>(senders)...));
  }
};

}  // namespace _when_all

inline constexpr _when_all::_fn when_all{};

}  // namespace unifex
