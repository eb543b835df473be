// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20 -isystem %inputs/unifex

// In a unifex::task, `co_await unifex::schedule(s)` moves the rest of the
// coroutine to the scheduler s (the task remembers it; other awaits come
// back to it). When s is a thread pool's scheduler, blocking after it is off
// the loop. Awaiting the scheduler's own schedule() member, or any other
// sender, brings the task back to where it was.

#include <chrono>
#include <thread>
#include <unifex/manual_event_loop.hpp>
#include <unifex/static_thread_pool.hpp>
#include <unifex/task.hpp>

unifex::task<void> on_pool(unifex::static_thread_pool &pool) {
  co_await unifex::schedule(pool.get_scheduler());
  std::this_thread::sleep_for(std::chrono::milliseconds(1)); // Quiet.
  co_return;
}

unifex::task<void>
on_pool_scheduler(unifex::static_thread_pool::scheduler scheduler) {
  co_await unifex::schedule(scheduler);
  std::this_thread::sleep_for(std::chrono::milliseconds(1)); // Quiet.
  co_return;
}

// A manual_event_loop is the loop itself.
unifex::task<void> on_loop(unifex::manual_event_loop &loop) {
  co_await unifex::schedule(loop.get_scheduler());
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread
  co_return;
}

// The member form is a plain sender: the task comes back afterwards.
unifex::task<void> hops_back(unifex::static_thread_pool &pool) {
  co_await pool.get_scheduler().schedule();
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread
  co_return;
}
