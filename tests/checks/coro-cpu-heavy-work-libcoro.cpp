// RUN: %check_coro_lint %s coro-cpu-heavy-work %t -- -std=c++20 -isystem %inputs/libcoro

// coro-cpu-heavy-work with the libcoro mock. `co_await tp.schedule()` on a
// coro::thread_pool moves the rest of a coro::task onto the pool: costly
// work after it is fine. coro::scheduler resumes its awaiters on its event
// loop, and its yield() is the suspension the notes advise inside a loop.

#include <coro/coro.hpp>
#include <cstdint>
#include <regex>
#include <string>
#include <vector>

uint64_t fnv1a(const std::string &text) {
  uint64_t hash = 1469598103934665603ULL;
  for (int round = 0; round < 1'000'000; ++round)
    for (char c : text)
      hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return hash;
}

uint64_t cheap_hash(const std::string &text) {
  uint64_t hash = 0;
  for (char c : text)
    hash = hash * 31 + c;
  return hash;
}

coro::task<uint64_t> on_loop(std::shared_ptr<coro::scheduler> scheduler,
                             std::vector<std::string> texts) {
  co_await scheduler->schedule(); // Still on the loop.
  uint64_t total = fnv1a(texts.front());
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: call to 'fnv1a' does CPU-heavy work on the event loop thread (a loop nest of at least 1,000,000 iterations): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-18]]:3: note: 'fnv1a' runs a loop nest of at least 1,000,000 iterations here
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: move the work off the event loop: co_await a coro::thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  total += cheap_hash(texts.back()); // Small work: quiet.
  for (const std::string &text : texts) {
    total += fnv1a(text);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: call to 'fnv1a' does CPU-heavy work on the event loop thread (a loop nest of at least 1,000,000 iterations): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
    // CHECK-MESSAGES: :[[@LINE-24]]:3: note: 'fnv1a' runs a loop nest of at least 1,000,000 iterations here
    // CHECK-MESSAGES: :[[@LINE-3]]:14: note: move the work off the event loop: co_await a coro::thread_pool's schedule() first, so the rest of the coroutine runs on the pool
    co_await scheduler->yield(); // The helper call still runs whole.
  }
  for (int spin = 0; spin < 2'000'000; ++spin)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop runs 2,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the work off the event loop: co_await a coro::thread_pool's schedule() first, so the rest of the coroutine runs on the pool; or, where the loop's state allows it, suspend inside it with co_await scheduler->yield(), which resumes the coroutine after the work already queued on the scheduler
    total += spin % 3;
  co_return total;
}

coro::task<uint64_t> on_pool(coro::thread_pool &pool,
                             std::vector<std::string> texts) {
  co_await pool.schedule(); // The rest runs on the pool.
  uint64_t total = 0;
  for (const std::string &text : texts)
    total += fnv1a(text);
  std::regex words("[a-z]+");
  co_return total;
}

coro::task<int> count_matches(std::shared_ptr<coro::scheduler> scheduler,
                              std::vector<std::string> lines,
                              std::string pattern) {
  int count = 0;
  // The loop yields between lines, but each line compiles the regex again.
  for (const std::string &line : lines) {
    count += std::regex_search(line, std::regex(pattern));
    // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: constructing 'std::regex' compiles a regular expression on the event loop thread: nothing else runs on this loop until it returns [coro-cpu-heavy-work]
    // CHECK-MESSAGES: :[[@LINE-2]]:38: note: construct it once, as a static or a member, and reuse it; or move the work off the event loop: co_await a coro::thread_pool's schedule() first, so the rest of the coroutine runs on the pool
    co_await scheduler->yield();
  }
  co_return count;
}
