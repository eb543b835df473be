// RUN: %check_coro_lint %s coro-nested-event-loop %t -- -std=c++20 -isystem %inputs/cppcoro -isystem %inputs/folly

// coro-nested-event-loop with the cppcoro mock: cppcoro::sync_wait in a
// cppcoro::task (or shared_task) becomes co_await; the io_service's
// process_* functions run its loop and get a note. The folly mock is there
// for coroutines and tasks of another framework: a note, no fix-it.

#include <cppcoro/io_service.hpp>
#include <cppcoro/shared_task.hpp>
#include <cppcoro/static_thread_pool.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/when_all.hpp>
#include <folly/coro/Task.h>
#include <string>
#include <thread>

cppcoro::task<int> fetch(int id) { co_return id; }
cppcoro::task<std::string> name() { co_return "x"; }
cppcoro::shared_task<int> config() { co_return 1; }
folly::coro::Task<int> follyFetch() { co_return 2; }
cppcoro::task<int> operator+(cppcoro::task<int> a, cppcoro::task<int> b) { co_return co_await a + co_await b; }

// ---- 1. Every io_service loop entry in a coroutine ----

cppcoro::task<> pump(cppcoro::io_service &io) {
  io.process_events();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'cppcoro::io_service::process_events' runs the io_service's event loop until it is stopped inside a coroutine: it re-enters the event loop or blocks the one this coroutine runs on; await the work instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: run the io_service's events on a thread of its own, outside any coroutine{{$}}
  io.process_one_event();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'cppcoro::io_service::process_one_event' runs the io_service's event loop for one event inside a coroutine: it re-enters
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: run the io_service's events on a thread of its own, outside any coroutine{{$}}
  io.process_pending_events();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'cppcoro::io_service::process_pending_events' runs the io_service's pending events inside a coroutine: it re-enters
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: run the io_service's events
  if (io.process_one_pending_event() == 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'cppcoro::io_service::process_one_pending_event' runs one of the io_service's pending events inside a coroutine: it re-enters
    // CHECK-MESSAGES: :[[@LINE-2]]:7: note: run the io_service's events
    co_return;
}

// ---- 2. sync_wait becomes co_await ----

cppcoro::task<int> fixes() {
  int a = cppcoro::sync_wait(fetch(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'cppcoro::sync_wait' blocks the thread until the awaitable completes inside a coroutine: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-FIXES: {{^}}  int a = co_await fetch(1);{{$}}
  auto t = fetch(2);
  int b = cppcoro::sync_wait(t) + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'cppcoro::sync_wait' blocks
  // CHECK-FIXES: {{^}}  int b = co_await t + 1;{{$}}
  auto size = cppcoro::sync_wait(name()).size();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'cppcoro::sync_wait' blocks
  // CHECK-FIXES: {{^}}  auto size = (co_await name()).size();{{$}}
  int c = cppcoro::sync_wait(fetch(3) + fetch(4));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'cppcoro::sync_wait' blocks
  // CHECK-FIXES: {{^}}  int c = co_await (fetch(3) + fetch(4));{{$}}
  auto [d, e] = cppcoro::sync_wait(cppcoro::when_all(fetch(5), config()));
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'cppcoro::sync_wait' blocks
  // CHECK-FIXES: {{^}}  auto [d, e] = co_await cppcoro::when_all(fetch(5), config());{{$}}
  co_return a + b + c + d + e + static_cast<int>(size);
}

cppcoro::shared_task<int> shared() {
  co_return cppcoro::sync_wait(fetch(6));
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'cppcoro::sync_wait' blocks
  // CHECK-FIXES: {{^}}  co_return co_await fetch(6);{{$}}
}

// ---- 3. No fix-it: another framework's coroutine or task, a lambda, a catch ----

folly::coro::Task<int> inFolly() {
  co_return cppcoro::sync_wait(fetch(7));
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'cppcoro::sync_wait' blocks
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: await it with 'co_await' (no fix-it: this coroutine's task type may not be able to await it){{$}}
}

cppcoro::task<int> awaitsFolly() {
  co_return cppcoro::sync_wait(follyFetch());
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'cppcoro::sync_wait' blocks
  // A cppcoro::task cannot co_await a folly::coro::Task: a note, no fix-it.
  // CHECK-MESSAGES: :[[@LINE-3]]:13: note: await it with 'co_await' (no fix-it: this coroutine's task type may not be able to await a task of another framework)
  // CHECK-FIXES: {{^}}  co_return cppcoro::sync_wait(follyFetch());{{$}}
}

cppcoro::task<int> noAwaitHere() {
  int x = [] { return cppcoro::sync_wait(fetch(8)); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'cppcoro::sync_wait' blocks
  // CHECK-MESSAGES: :[[@LINE-2]]:23: note: await it with 'co_await' (no fix-it: the call is in a lambda that is not a coroutine){{$}}
  try {
    x += co_await fetch(9);
  } catch (...) {
    x = cppcoro::sync_wait(fetch(10));
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'cppcoro::sync_wait' blocks
    // CHECK-MESSAGES: :[[@LINE-2]]:9: note: await it with 'co_await' (no fix-it: 'co_await' is not allowed in a catch handler){{$}}
  }
  co_return x;
}

// ---- 4. Through a helper ----

void drain(cppcoro::io_service &io) { io.process_events(); }
int load() { return cppcoro::sync_wait(fetch(11)); }
int reload() { return load(); }

cppcoro::task<int> helpers(cppcoro::io_service &io) {
  drain(io);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'drain' runs an event loop inside a coroutine through 'cppcoro::io_service::process_events', which runs the io_service's event loop until it is stopped: it re-enters the event loop or blocks the one this coroutine runs on; await the work instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-7]]:39: note: 'drain' calls 'cppcoro::io_service::process_events' here
  co_return reload();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'reload' blocks on an event loop inside a coroutine through 'cppcoro::sync_wait', which blocks the thread until the awaitable completes: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-8]]:23: note: 'reload' calls 'load'
  // CHECK-MESSAGES: :[[@LINE-10]]:21: note: 'load' calls 'cppcoro::sync_wait' here
}

// ---- 5. Quiet: outside coroutines, on another thread, after the pool ----

void startup(cppcoro::io_service &io) {
  io.process_events();
  drain(io);
  (void)cppcoro::sync_wait(fetch(12));
}

cppcoro::task<> background(cppcoro::io_service &io, cppcoro::static_thread_pool &pool) {
  std::thread t([&] { io.process_events(); });
  t.detach();
  co_await pool.schedule();
  io.process_one_event();
  drain(io);
  (void)cppcoro::sync_wait(fetch(13));
}

int main() {
  cppcoro::io_service io;
  drain(io);
  return cppcoro::sync_wait(fixes()) + reload();
}
