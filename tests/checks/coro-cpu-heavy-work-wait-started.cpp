// RUN: %check_coro_lint %s coro-cpu-heavy-work %t -- -std=c++20 -isystem %inputs/cppcoro

// The loop context that every check shares: a coroutine lambda that only a
// blocking wait starts, from code that is not a coroutine, runs on the
// waiting thread until its first suspension, not on an event loop.

#include <cppcoro/io_service.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <regex>
#include <string>

bool check(cppcoro::io_service &io, std::string pattern, std::string text) {
  return cppcoro::sync_wait([&]() -> cppcoro::task<bool> {
    bool before = std::regex_search(text, std::regex(pattern));
    co_await io.schedule();
    co_return before && std::regex_search(text, std::regex(pattern));
    // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: constructing 'std::regex' compiles a regular expression on the event loop thread: nothing else runs on this loop until it returns [coro-cpu-heavy-work]
    // CHECK-MESSAGES: :[[@LINE-2]]:49: note: construct it once, as a static or a member, and reuse it; or move the work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  }());
}
