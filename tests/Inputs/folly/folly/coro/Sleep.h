// Mock of folly for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <chrono>

#include <folly/coro/Task.h>

namespace folly {

// folly's timer resolution: microseconds.
using HighResDuration = std::chrono::microseconds;
class Timekeeper;

namespace coro {

// Suspends the coroutine for the duration without blocking its thread.
inline Task<void> sleep(HighResDuration /*d*/, Timekeeper* /*tk*/ = nullptr) { co_return; }

}  // namespace coro
}  // namespace folly
