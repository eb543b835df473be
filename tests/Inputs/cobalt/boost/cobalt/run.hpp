// Mock of Boost.Cobalt for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <boost/cobalt/task.hpp>

#include "../../../mock-core/corolint_mock_core.hpp"

namespace boost::cobalt {

// Runs the task to completion on a private event loop and returns its result.
template <typename T>
T run(task<T> t) {
  if constexpr (std::is_void_v<T>)
    (void)corolint_mock::sync_wait_impl(std::move(t));
  else
    return corolint_mock::sync_wait_impl(std::move(t));
}

}  // namespace boost::cobalt
