// RUN: %check_coro_lint %s coro-cpu-heavy-work %t -- -std=c++20 -isystem %inputs/seastar

// coro-cpu-heavy-work with the seastar mock. A seastar reactor runs one
// shard's coroutines on one thread; the reactor's answer to long loops is
// `co_await seastar::coroutine::maybe_yield()` inside them, which the notes
// advise. seastar::thread::yield() and maybe_yield() are yield points written
// without co_await (knowledge yield_points): they count as suspension too.

#include <atomic>
#include <cstdint>
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <seastar/core/thread.hh>
#include <seastar/coroutine/maybe_yield.hh>
#include <vector>

seastar::future<uint64_t> hash_all(std::vector<uint64_t> keys) {
  uint64_t hash = 0;
  for (uint64_t key : keys) // Yields once per key: fine.
    for (int round = 0; round < 5'000'000; ++round) {
      hash ^= key * round;
      co_await seastar::coroutine::maybe_yield();
    }
  co_return hash;
}

seastar::future<uint64_t> hash_all_at_once(std::vector<uint64_t> keys) {
  uint64_t hash = 0;
  for (uint64_t key : keys)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop nest runs at least 5,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the work off the event loop: run it on a std::thread and hand the result back through seastar::alien, or use Seastar's own asynchronous API instead (seastar::sleep, seastar::open_file_dma, seastar::connect); or, where the loop's state allows it, suspend inside it with co_await seastar::coroutine::maybe_yield()
    for (int round = 0; round < 5'000'000; ++round)
      hash ^= key * round;
  co_await seastar::coroutine::maybe_yield(); // After the loop: too late.
  co_return hash;
}

seastar::future<uint64_t> hash_in_thread_style(std::vector<uint64_t> keys) {
  uint64_t hash = 0;
  for (int round = 0; round < 5'000'000; ++round) {
    hash ^= round;
    seastar::thread::maybe_yield(); // A yield point without co_await.
  }
  co_return hash;
}

struct Shard {
  std::vector<std::vector<std::vector<int>>> cells;
  std::atomic<bool> stopping{false};

  seastar::future<long> sum();
  seastar::future<> stop();
};

seastar::future<long> Shard::sum() {
  long total = 0;
  for (const auto &plane : cells)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: nest of 3 loops with runtime bounds runs without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the work off the event loop: run it on a std::thread and hand the result back through seastar::alien, or use Seastar's own asynchronous API instead (seastar::sleep, seastar::open_file_dma, seastar::connect); or, where the loop's state allows it, suspend inside it with co_await seastar::coroutine::maybe_yield()
    for (const auto &row : plane)
      for (int cell : row)
        total += cell;
  co_return total;
}

seastar::future<> Shard::stop() {
  while (!stopping.load()) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop spins on 'stopping' without suspending: nothing else runs on this event loop while it spins [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await what sets the flag instead of spinning (a timer, a channel, an event of the coroutine's framework); or, where the loop's state allows it, suspend inside it with co_await seastar::coroutine::maybe_yield()
  }
  while (!stopping.load()) // Yields between polls: fine.
    co_await seastar::coroutine::maybe_yield();
  co_return;
}

// A seastar::thread runs on the reactor too, but it is not a coroutine: its
// code is not this check's (seastar::thread::yield() is its own way out).
void in_thread() {
  seastar::thread worker([] {
    long total = 0;
    for (int i = 0; i < 5'000'000; ++i)
      total += i;
    (void)total;
  });
}
