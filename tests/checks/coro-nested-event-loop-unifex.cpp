// RUN: %check_coro_lint %s coro-nested-event-loop %t -- -std=c++20 -isystem %inputs/unifex

// coro-nested-event-loop with the unifex mock: running a manual_event_loop
// (an alias of unifex::_manual_event_loop::context) and unifex::sync_wait in
// a unifex::task are reported. sync_wait returns an optional of the value,
// where co_await gives the value itself, so there is no fix-it: a note.

#include <thread>
#include <unifex/manual_event_loop.hpp>
#include <unifex/sync_wait.hpp>
#include <unifex/task.hpp>
#include <unifex/when_all.hpp>

unifex::task<int> fetch(int id) { co_return id; }
unifex::task<bool> ready() { co_return true; }

// ---- 1. Running the manual_event_loop ----

unifex::task<void> pump(unifex::manual_event_loop &loop) {
  loop.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'unifex::_manual_event_loop::context::run' runs the manual_event_loop until it is stopped inside a coroutine: it re-enters the event loop or blocks the one this coroutine runs on; await the work instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: run the event loop on a thread of its own, outside any coroutine{{$}}
  co_return;
}

// ---- 2. sync_wait: reported, with a note ----

unifex::task<int> waits() {
  unifex::sync_wait(fetch(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'unifex::sync_wait' blocks the thread until the sender completes inside a coroutine: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await the sender in a unifex::task (its value, not an optional){{$}}
  auto all = unifex::sync_wait(unifex::when_all(fetch(2), fetch(3)));
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'unifex::sync_wait' blocks
  if (unifex::sync_wait(ready()))
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'unifex::sync_wait' blocks
    co_return 1;
  (void)all;
  co_return 0;
}

// ---- 3. No fix-it in a lambda that is not a coroutine ----

unifex::task<int> inLambda() {
  auto r = [] { return unifex::sync_wait(fetch(4)); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'unifex::sync_wait' blocks
  // CHECK-MESSAGES: :[[@LINE-2]]:24: note: co_await the sender in a unifex::task (its value, not an optional){{$}}
  co_return r.value_or(0);
}

// ---- 4. Through a helper ----

int load() { return *unifex::sync_wait(fetch(5)); }
int reload() { return load(); }

unifex::task<int> helpers() {
  co_return reload();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'reload' blocks on an event loop inside a coroutine through 'unifex::sync_wait', which blocks the thread until the sender completes: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-5]]:23: note: 'reload' calls 'load'
  // CHECK-MESSAGES: :[[@LINE-7]]:22: note: 'load' calls 'unifex::sync_wait' here
}

// ---- 5. Quiet: outside coroutines and on another thread ----

void startup(unifex::manual_event_loop &loop) {
  loop.run();
  (void)unifex::sync_wait(fetch(6));
}

unifex::task<void> background(unifex::manual_event_loop &loop) {
  std::thread t([&] { loop.run(); });
  t.detach();
  co_return;
}

int main() {
  unifex::manual_event_loop loop;
  startup(loop);
  return *unifex::sync_wait(waits()) + reload();
}
