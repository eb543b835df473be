// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20 -isystem %inputs/stdexec

// An exec::task keeps to its own scheduler: after `co_await
// stdexec::schedule(pool_scheduler)` it hops to the pool and straight back,
// so what follows still runs where the task runs. Only
// `co_await exec::reschedule_coroutine_on(s)` makes s the task's scheduler:
// after it with a pool's scheduler, blocking is off the loop.

#include <chrono>
#include <exec/static_thread_pool.hpp>
#include <exec/task.hpp>
#include <thread>

exec::task<void> moves(exec::static_thread_pool &pool) {
  co_await exec::reschedule_coroutine_on(pool.get_scheduler());
  std::this_thread::sleep_for(std::chrono::milliseconds(1)); // Quiet.
}

exec::task<void> hops_back(exec::static_thread_pool &pool) {
  co_await stdexec::schedule(pool.get_scheduler());
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread
}

// A run_loop may be the loop itself.
exec::task<void> to_loop(stdexec::run_loop &loop) {
  co_await exec::reschedule_coroutine_on(loop.get_scheduler());
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread
}
