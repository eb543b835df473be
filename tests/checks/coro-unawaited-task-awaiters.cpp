// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/concurrencpp

// An awaitable that is not a task, dropped in a coroutine: the executor
// switch, wait or yield it stands for never happens. Any call returning an
// awaiter (await_ready/await_suspend/await_resume, or operator co_await)
// whose value is thrown away in a coroutine is reported, with `co_await`
// inserted. Awaited, kept, cast to void on purpose, or of a class whose own
// destructor acts when it is dropped, it is quiet.

#include <concurrencpp/concurrencpp.h>
#include <coroutine>
#include <memory>

struct yield_awaiter {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};

struct scheduler {
  yield_awaiter yield() { return {}; }
};

struct timer {
  struct awaiter : yield_awaiter {};
  awaiter operator co_await() const noexcept { return {}; }
};

timer after_ms(int) { return {}; }

// Started when awaited, or by its destructor when dropped: either is meant.
struct start_or_spawn {
  bool spawned = false;
  ~start_or_spawn() {
    if (!spawned)
      spawned = true; // Stands in for spawning the task in the background.
  }
  yield_awaiter operator co_await() noexcept {
    spawned = true;
    return {};
  }
};

start_or_spawn start_in_nursery() { return {}; }

concurrencpp::result<void> writes(concurrencpp::runtime &runtime, scheduler *sched) {
  co_await concurrencpp::resume_on(runtime.thread_pool_executor());
  concurrencpp::resume_on(runtime.background_executor());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaitable returned by 'concurrencpp::resume_on' is discarded in a coroutine: what it stands for (a switch of executor, a wait, a yield) never happens [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await concurrencpp::resume_on(runtime.background_executor());{{$}}
  sched->yield();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaitable returned by 'sched->yield' is discarded in a coroutine
  // CHECK-FIXES: {{^}}  co_await sched->yield();{{$}}
  after_ms(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: awaitable returned by 'after_ms' is discarded in a coroutine
  // CHECK-FIXES: {{^}}  co_await after_ms(5);{{$}}
  co_await sched->yield();    // Quiet.
  auto later = after_ms(10);  // Quiet: kept.
  co_await later;
  (void)sched->yield();       // Quiet: thrown away on purpose.
  start_in_nursery();         // Quiet: its destructor starts the work.
}

void not_a_coroutine(scheduler *sched) {
  sched->yield(); // Quiet: only a coroutine can await it.
}
