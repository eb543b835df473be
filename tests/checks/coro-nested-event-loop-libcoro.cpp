// RUN: %check_coro_lint %s coro-nested-event-loop %t -- -std=c++20 -isystem %inputs/libcoro

// coro-nested-event-loop with the libcoro mock: coro::sync_wait in a
// coro::task becomes co_await; process_events() of a coro::scheduler (or the
// older coro::io_scheduler) gets a note. After co_await tp.schedule() the
// coroutine runs on a coro::thread_pool, and scheduler::schedule() brings it
// back to the loop.

#include <coro/coro.hpp>
#include <string>
#include <thread>

coro::task<int> fetch(int id) { co_return id; }
coro::task<std::string> name() { co_return "x"; }

// ---- 1. Every libcoro loop entry in a coroutine ----

coro::task<void> pump(coro::scheduler &s, coro::io_scheduler &io) {
  s.process_events();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'coro::scheduler::process_events' runs the scheduler's event processing on this thread inside a coroutine: it re-enters the event loop or blocks the one this coroutine runs on; await the work instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: let the scheduler run its own thread (thread_strategy spawn){{$}}
  io.process_events(std::chrono::milliseconds{5});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'coro::io_scheduler::process_events' runs the scheduler's event processing on this thread inside a coroutine: it re-enters
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: let the scheduler run its own thread (thread_strategy spawn){{$}}
  co_return;
}

// ---- 2. sync_wait becomes co_await ----

coro::task<int> fixes(bool fast) {
  int a = coro::sync_wait(fetch(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'coro::sync_wait' blocks the thread until the awaitable completes inside a coroutine: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-FIXES: {{^}}  int a = co_await fetch(1);{{$}}
  auto size = coro::sync_wait(name()).size();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'coro::sync_wait' blocks
  // CHECK-FIXES: {{^}}  auto size = (co_await name()).size();{{$}}
  int b = coro::sync_wait(fast ? fetch(2) : fetch(3));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'coro::sync_wait' blocks
  // CHECK-FIXES: {{^}}  int b = co_await (fast ? fetch(2) : fetch(3));{{$}}
  auto [c, d] = coro::sync_wait(coro::when_all(fetch(4), fetch(5)));
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'coro::sync_wait' blocks
  // CHECK-FIXES: {{^}}  auto [c, d] = co_await coro::when_all(fetch(4), fetch(5));{{$}}
  co_return a + b + c.return_value() + d.return_value() + static_cast<int>(size);
}

// ---- 3. Through a helper ----

void drain(coro::scheduler &s) { s.process_events(); }
int load() { return coro::sync_wait(fetch(6)); }

coro::task<int> helpers(coro::scheduler &s) {
  drain(s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'drain' runs an event loop inside a coroutine through 'coro::scheduler::process_events', which runs the scheduler's event processing on this thread: it re-enters the event loop or blocks the one this coroutine runs on; await the work instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-6]]:34: note: 'drain' calls 'coro::scheduler::process_events' here
  co_return load();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'load' blocks on an event loop inside a coroutine through 'coro::sync_wait', which blocks the thread until the awaitable completes: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-8]]:21: note: 'load' calls 'coro::sync_wait' here
}

// ---- 4. Quiet: outside coroutines, on another thread, on the pool ----

void startup(coro::scheduler &s) {
  s.process_events();
  drain(s);
  (void)coro::sync_wait(fetch(7));
}

coro::task<int> offloaded(coro::thread_pool &tp, coro::scheduler &s) {
  std::thread t([&] { s.process_events(); });
  t.detach();
  co_await tp.schedule();
  drain(s);
  int a = coro::sync_wait(fetch(8));
  co_await s.schedule();
  int b = coro::sync_wait(fetch(9)); // Back on the loop.
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'coro::sync_wait' blocks
  // CHECK-FIXES: {{^}}  int b = co_await fetch(9); // Back on the loop.{{$}}
  co_return a + b;
}

int main() {
  coro::scheduler s;
  startup(s);
  return coro::sync_wait(fixes(true)) + load();
}
