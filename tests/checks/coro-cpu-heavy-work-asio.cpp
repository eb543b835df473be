// RUN: %check_coro_lint %s coro-cpu-heavy-work %t -- %asio_flags

// coro-cpu-heavy-work with standalone asio's real headers (libasio-dev):
// costly loops, busy-waits and CPU-heavy library calls in asio::awaitable
// coroutines, directly and through helpers, and the code that must stay
// quiet. Thresholds are at their defaults (IterationThreshold 1,000,000,
// NestingThreshold 3); coro-cpu-heavy-work-options.cpp sets them.

#include <array>
#include <asio.hpp>
#include <atomic>
#include <chrono>
#include <regex>
#include <string>
#include <thread>
#include <vector>
#include <zlib.h>

using Grid = std::vector<std::vector<std::vector<int>>>;

// Suspends the coroutine and lets the loop run what is queued: the yield the
// notes advise.
#define YIELD                                                                  \
  co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)

// ---- 1. Loops with a trip count known at compile time ----------------------

asio::awaitable<long> sum_constant() {
  long total = 0;
  for (int i = 0; i < 1'000'000; ++i) // At the threshold.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop runs 1,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool; or, where the loop's state allows it, suspend inside it with co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)
    total += i;
  for (int i = 0; i < 999'999; ++i) // Just below: quiet.
    total += i;
  for (int i = 1'000'000; i > 0; --i) // Counting down.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop runs 1,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool; or, where the loop's state allows it, suspend inside it with co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)
    total -= i;
  for (long i = 0; i <= 4'000'000; i += 4) // A step of 4: 1,000,001 trips.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop runs 1,000,001 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool; or, where the loop's state allows it, suspend inside it with co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)
    total += i;
  for (long i = 0; i < 3'999'999; i += 4) // 1,000,000 trips, rounded up.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop runs 1,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool; or, where the loop's state allows it, suspend inside it with co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)
    total += i;
  co_return total;
}

asio::awaitable<long> sum_nests() {
  long total = 0;
  constexpr int Side = 1000;
  for (int row = 0; row < Side; ++row) // 1,000 x 1,000: the outer loop only.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop nest runs 1,000 x 1,000 = 1,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool; or, where the loop's state allows it, suspend inside it with co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)
    for (int col = 0; col < Side; ++col)
      total += row * col;
  for (int row = 0; row < 999; ++row) // 999 x 1,000: below.
    for (int col = 0; col < Side; ++col)
      total += row - col;
  static std::array<int, 2'000'000> table{};
  for (int value : table) // A std::array's size.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop runs 2,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool; or, where the loop's state allows it, suspend inside it with co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)
    total += value;
  static int raw[1'000'000];
  for (int value : raw) // A built-in array's size.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop runs 1,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool; or, where the loop's state allows it, suspend inside it with co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)
    total += value;
  co_return total;
}

// ---- 2. Nests of loops with runtime bounds ----------------------------------

asio::awaitable<long> sum_grid(const Grid &grid, std::vector<int> counts) {
  long total = 0;
  for (const auto &plane : grid) // Three deep.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: nest of 3 loops with runtime bounds runs without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool; or, where the loop's state allows it, suspend inside it with co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)
    for (const auto &row : plane)
      for (int cell : row)
        total += cell;
  for (const auto &plane : grid) // Two deep: quiet.
    for (const auto &row : plane)
      total += row.size();
  for (int count : counts) // A runtime loop around 1,000,000 known trips.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop nest runs at least 1,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool; or, where the loop's state allows it, suspend inside it with co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)
    for (int i = 0; i < 1'000'000; ++i)
      total += count ^ i;
  // The nest is counted through blocks and ifs, and a lambda written in the
  // loop is not part of it.
  for (const auto &plane : grid) {
    if (plane.empty())
      continue;
    auto log = [&] {
      for (const auto &row : plane)
        for (int cell : row)
          total += cell;
    };
    (void)log;
  }
  co_return total;
}

// ---- 3. A suspension point in the loop makes it fine; after it does not ----

asio::awaitable<long> yields(const Grid &grid) {
  long total = 0;
  for (int i = 0; i < 5'000'000; ++i) {
    total += i;
    if (i % 10'000 == 0)
      YIELD;
  }
  for (const auto &plane : grid)
    for (const auto &row : plane) {
      for (int cell : row)
        total += cell;
      YIELD;
    }
  for (int i = 0; i < 5'000'000; ++i) // The yield comes too late.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop runs 5,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool; or, where the loop's state allows it, suspend inside it with co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)
    total += i;
  YIELD;
  // A suspending outer loop does not excuse a costly loop inside it.
  for (;;) {
    YIELD;
    for (int i = 0; i < 2'000'000; ++i)
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop runs 2,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool; or, where the loop's state allows it, suspend inside it with co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)
      total += i;
    if (total > 0)
      break;
  }
  co_return total;
}

// ---- 4. Busy-waits -----------------------------------------------------------

std::atomic<bool> shutdown_requested{false};

struct Session {
  std::atomic<int> pending{0};
  bool handshake_done = false;
  std::atomic_flag lock = ATOMIC_FLAG_INIT;

  asio::awaitable<void> wait_for_peer();
  asio::awaitable<void> drain(std::chrono::milliseconds tick);
  void on_handshake() { handshake_done = true; }
};

asio::awaitable<void> Session::wait_for_peer() {
  while (!handshake_done) { // A plain bool member: set by another coroutine?
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop spins on 'handshake_done' without suspending: nothing else runs on this event loop while it spins [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await what sets the flag instead of spinning (a timer, a channel, an event of the coroutine's framework); or, where the loop's state allows it, suspend inside it with co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)
  }
  while (pending.load() > 0) // An atomic.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop spins on 'pending' without suspending: nothing else runs on this event loop while it spins [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await what sets the flag instead of spinning (a timer, a channel, an event of the coroutine's framework); or, where the loop's state allows it, suspend inside it with co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)
    std::this_thread::yield();
  while (lock.test_and_set(std::memory_order_acquire)) // A spin lock.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop spins on 'lock' without suspending: nothing else runs on this event loop while it spins [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await what sets the flag instead of spinning (a timer, a channel, an event of the coroutine's framework); or, where the loop's state allows it, suspend inside it with co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)
    ;
  lock.clear();
  for (;;) { // No condition: the exit is the flag.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop spins on 'shutdown_requested' without suspending: nothing else runs on this event loop while it spins [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await what sets the flag instead of spinning (a timer, a channel, an event of the coroutine's framework); or, where the loop's state allows it, suspend inside it with co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)
    if (shutdown_requested)
      break;
  }
  co_return;
}

asio::awaitable<void> Session::drain(std::chrono::milliseconds tick) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  while (pending.load() > 0) { // Waits on a timer: fine.
    timer.expires_after(tick);
    co_await timer.async_wait(asio::use_awaitable);
  }
  while (pending.load() > 0) // The loop changes the flag itself: a counter.
    pending.fetch_sub(1);
  while (!handshake_done) // The loop calls code that may set it.
    on_handshake();
  bool local_done = false;
  while (!local_done) // A local flag only this code can set.
    local_done = true;
  co_return;
}

// ---- 5. CPU-heavy library calls ------------------------------------------------

asio::awaitable<std::string> validate(const std::string &input,
                                      std::vector<std::string> lines) {
  std::regex pattern("^[a-z]+@[a-z]+\\.[a-z]{2,}$");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: constructing 'std::regex' compiles a regular expression on the event loop thread: nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:14: note: construct it once, as a static or a member, and reuse it; or move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool
  static const std::regex compiled_once("^[0-9]+$"); // Paid once: quiet.
  static const std::regex also_once = [] { return std::regex("^x+$"); }();
  std::regex unused; // Default construction compiles nothing.
  std::vector<unsigned char> out(compressBound(input.size()));
  uLongf size = out.size();
  compress2(out.data(), &size,
            reinterpret_cast<const Bytef *>(input.data()), input.size(), 9);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'compress2' compresses a whole buffer in one call on the event loop thread: nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool
  for (const std::string &line : lines) // A loop around a heavy call.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop constructs 'std::regex' on every iteration without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE+2]]:32: note: constructing 'std::regex' compiles a regular expression here
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: construct it once, as a static or a member, and reuse it; or move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool; or, where the loop's state allows it, suspend inside it with co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable)
    if (std::regex_match(line, std::regex(line)))
      co_return line;
  co_return std::regex_match(input, pattern) ? input : "";
}

// ---- 6. Through helpers ------------------------------------------------------

long checksum(const char *data) {
  long sum = 0;
  for (long i = 0; i < 4'000'000; ++i)
    sum += data[i % 64];
  return sum;
}

long checksum_twice(const char *data) { return checksum(data) * 2; }

std::vector<unsigned char> pack(const std::string &text) {
  std::vector<unsigned char> out(compressBound(text.size()));
  uLongf size = out.size();
  compress(out.data(), &size, reinterpret_cast<const Bytef *>(text.data()),
           text.size());
  return out;
}

void spin_until(const std::atomic<bool> &flag) {
  while (!flag.load(std::memory_order_acquire)) {
  }
}

const std::regex &email_pattern() {
  static const std::regex pattern("^.+@.+$"); // Once: the helper is cheap.
  return pattern;
}

struct Parser {
  std::regex grammar;
  explicit Parser(const std::string &spec) : grammar(spec) {}
};

asio::awaitable<long> through_helpers(const char *data, std::string text,
                                      std::atomic<bool> &ready) {
  long sum = checksum_twice(data);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: call to 'checksum_twice' does CPU-heavy work on the event loop thread (a loop of 4,000,000 iterations): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-29]]:48: note: 'checksum_twice' calls 'checksum'
  // CHECK-MESSAGES: :[[@LINE-35]]:3: note: 'checksum' runs a loop of 4,000,000 iterations here
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool
  auto packed = pack(text);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: call to 'pack' does CPU-heavy work on the event loop thread ('compress', which compresses a whole buffer in one call): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-29]]:3: note: 'pack' calls 'compress' here
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool
  spin_until(ready);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'spin_until' does CPU-heavy work on the event loop thread (a busy-wait on 'flag'): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-27]]:3: note: 'spin_until' runs a busy-wait on 'flag' here
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: co_await what sets the flag instead of spinning (a timer, a channel, an event of the coroutine's framework)
  bool valid = std::regex_match(text, email_pattern());
  Parser parser(text);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: constructing 'Parser' does CPU-heavy work on the event loop thread (constructing 'std::regex', which compiles a regular expression): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-21]]:46: note: 'Parser::Parser' constructs 'std::regex' here
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: construct it once, as a static or a member, and reuse it; or move the work off the event loop: co_await asio::co_spawn(pool, <work as an awaitable lambda>, asio::use_awaitable) with an asio::thread_pool
  co_return sum + packed.size() + valid;
}

// ---- 7. Quiet: not on an event loop --------------------------------------------

// A plain function that no coroutine calls.
long batch_job() {
  long total = 0;
  for (int i = 0; i < 50'000'000; ++i)
    total += i;
  return total;
}

asio::awaitable<void> offloads(asio::thread_pool &pool, std::string text) {
  // Handed to a thread pool: runs on the pool's threads.
  asio::post(pool, [text] {
    std::regex pattern(text);
    for (int i = 0; i < 50'000'000; ++i)
      (void)i;
  });
  // Stored to be called later, by whoever calls it.
  auto later = [] {
    for (int i = 0; i < 50'000'000; ++i)
      (void)i;
  };
  (void)later;
  co_return;
}
