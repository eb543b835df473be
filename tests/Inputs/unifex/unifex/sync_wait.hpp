// Mock of unifex for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <unifex/detail/unit.hpp>

#include "../../mock-core/corolint_mock_core.hpp"

namespace unifex {
namespace _sync_wait_cpo {

// Blocks until the operation completes: std::optional<Result> (void -> unit).
struct _fn {
  template <typename Sender>
  std::optional<corolint_mock::non_void_t<corolint_mock::await_result_t<Sender>, unit>> operator()(
      Sender&& sender) const {
    return corolint_mock::sync_wait_impl<unit>(static_cast<Sender&&>(sender));
  }
};

}  // namespace _sync_wait_cpo

inline constexpr _sync_wait_cpo::_fn sync_wait{};

}  // namespace unifex
