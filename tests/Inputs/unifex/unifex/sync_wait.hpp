// Mock of unifex for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <unifex/detail/mock_core.hpp>

namespace unifex {
namespace _sync_wait_cpo {

// Blocks until the operation completes: std::optional<Result> (void -> unit).
struct _fn {
  template <typename Sender>
  std::optional<_mock::non_void_t<_mock::await_result_t<Sender>>> operator()(Sender&& sender) const {
    return _mock::sync_wait_impl(static_cast<Sender&&>(sender));
  }
};

}  // namespace _sync_wait_cpo

inline constexpr _sync_wait_cpo::_fn sync_wait{};

}  // namespace unifex
