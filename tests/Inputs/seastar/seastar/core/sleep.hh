// Mock of seastar for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <seastar/core/future.hh>

#include <chrono>

namespace seastar {

// Mock: resolves immediately.
template <typename Clock = std::chrono::steady_clock, typename Rep, typename Period>
future<> sleep(std::chrono::duration<Rep, Period> /*dur*/) {
  return make_ready_future<>();
}

}  // namespace seastar
