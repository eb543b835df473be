// A library vendored under the project's tree (third_party/somelib) and
// included with -I, not -isystem: its code is no more the project's than a
// system header's. Every function here would be a finding, or make one at
// the project's call, if corolint took it for project code.
#pragma once

#include <chrono>
#include <cppcoro/task.hpp>
#include <thread>

namespace somelib {

inline cppcoro::task<int> fetch_count() { co_return 1; }

// Blocks the calling thread: a helper corolint would follow from a coroutine.
inline void flush_sync() {
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
}

// Drops a task and blocks, inside a coroutine.
inline cppcoro::task<> refresh() {
  fetch_count();
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  co_return;
}

#ifdef SOMELIB_BROKEN_BODY
// Only a parser that reads this body sees the error: the driver skips the
// bodies of third-party functions, as it skips system headers' bodies.
inline void broken() { somelib_undeclared_function(); }
#endif

} // namespace somelib
