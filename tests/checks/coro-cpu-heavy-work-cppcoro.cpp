// RUN: %check_coro_lint %s coro-cpu-heavy-work %t -- -std=c++20 -isystem %inputs/cppcoro

// coro-cpu-heavy-work with the cppcoro mock. A cppcoro::task runs on the
// thread that resumes it: an io_service's event loop until it awaits a
// static_thread_pool's schedule(), after which its work is on the pool and
// fine; io_service::schedule() brings it back, and is also the way to let the
// loop run other work in the middle of a long loop.

#include <atomic>
#include <cppcoro/io_service.hpp>
#include <cppcoro/static_thread_pool.hpp>
#include <cppcoro/task.hpp>
#include <regex>
#include <string>
#include <vector>

using Matrix = std::vector<std::vector<double>>;

// ---- 1. Costly work on the loop ---------------------------------------------

cppcoro::task<Matrix> multiply(const Matrix &a, const Matrix &b) {
  Matrix c(a.size(), std::vector<double>(b[0].size()));
  for (size_t i = 0; i < a.size(); ++i)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: nest of 3 loops with runtime bounds runs without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool; or, where the loop's state allows it, suspend inside it with co_await io_service.schedule(), which resumes the coroutine after the work already queued on the io_service
    for (size_t j = 0; j < b[0].size(); ++j)
      for (size_t k = 0; k < b.size(); ++k)
        c[i][j] += a[i][k] * b[k][j];
  co_return c;
}

cppcoro::task<bool> matches(std::string pattern, std::string text) {
  co_return std::regex_search(text, std::regex(pattern));
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: constructing 'std::regex' compiles a regular expression on the event loop thread: nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:37: note: construct it once, as a static or a member, and reuse it; or move the work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool
}

cppcoro::task<> wait_until(std::atomic<bool> &ready) {
  while (!ready.load(std::memory_order_acquire)) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop spins on 'ready' without suspending: nothing else runs on this event loop while it spins [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await what sets the flag instead of spinning (a timer, a channel, an event of the coroutine's framework); or, where the loop's state allows it, suspend inside it with co_await io_service.schedule(), which resumes the coroutine after the work already queued on the io_service
  }
  co_return;
}

// ---- 2. A yield inside the loop: fine; after it: not ------------------------

cppcoro::task<Matrix> multiply_politely(cppcoro::io_service &io,
                                        const Matrix &a, const Matrix &b) {
  Matrix c(a.size(), std::vector<double>(b[0].size()));
  for (size_t i = 0; i < a.size(); ++i) {
    for (size_t j = 0; j < b[0].size(); ++j)
      for (size_t k = 0; k < b.size(); ++k)
        c[i][j] += a[i][k] * b[k][j];
    co_await io.schedule(); // Lets the loop run the rest of its work.
  }
  co_return c;
}

// A count past what 64 bits hold saturates and says so.
cppcoro::task<long> astronomical() {
  long total = 0;
  for (int a = 0; a < 1'000'000; ++a)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop nest runs 1,000,000 x 1,000,000 x 1,000,000 x 1,000,000 = more than 10^19 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
    for (int b = 0; b < 1'000'000; ++b)
      for (int c = 0; c < 1'000'000; ++c)
        for (int d = 0; d < 1'000'000; ++d)
          total += a ^ b ^ c ^ d;
  co_return total;
}

cppcoro::task<long> yield_too_late(cppcoro::io_service &io) {
  long total = 0;
  for (int i = 0; i < 3'000'000; ++i)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop runs 3,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool; or, where the loop's state allows it, suspend inside it with co_await io_service.schedule(), which resumes the coroutine after the work already queued on the io_service
    total += i % 7;
  co_await io.schedule();
  co_return total;
}

// ---- 3. On the pool: fine --------------------------------------------------------

cppcoro::task<Matrix> multiply_on_pool(cppcoro::static_thread_pool &pool,
                                       cppcoro::io_service &io,
                                       const Matrix &a, const Matrix &b) {
  co_await pool.schedule(); // The rest runs on the pool.
  Matrix c(a.size(), std::vector<double>(b[0].size()));
  for (size_t i = 0; i < a.size(); ++i)
    for (size_t j = 0; j < b[0].size(); ++j)
      for (size_t k = 0; k < b.size(); ++k)
        c[i][j] += a[i][k] * b[k][j];
  std::regex compiled("[0-9]+");
  co_await io.schedule(); // Back on the loop: costly work is reported again.
  std::regex again("[a-z]+");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: constructing 'std::regex' compiles a regular expression on the event loop thread: nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:14: note: construct it once, as a static or a member, and reuse it; or move the work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  co_return c;
}
