// RUN: %check_coro_lint %s coro-nested-event-loop %t -- -std=c++20 -isystem %inputs/stdexec

// coro-nested-event-loop with the stdexec mock. stdexec::sync_wait returns an
// optional tuple of the values, not what co_await gives, so no entry has a
// rewrite: every finding gets a note and the file is left unchanged.

#include <exec/task.hpp>
#include <stdexec/execution.hpp>
#include <thread>

exec::task<int> fetch(int id) { co_return id; }

// ---- 1. Every stdexec loop entry in a coroutine ----

exec::task<int> waits(stdexec::run_loop &loop) {
  auto one = stdexec::sync_wait(fetch(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'stdexec::sync_wait' blocks the thread until the sender completes inside a coroutine: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-2]]:14: note: co_await the sender in an exec::task (its value, not an optional tuple){{$}}
  auto both = stdexec::sync_wait_with_variant(stdexec::when_all(fetch(2), stdexec::just(3)));
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'stdexec::sync_wait_with_variant' blocks the thread until the sender completes inside a coroutine: if the work needs
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: co_await the sender in an exec::task{{$}}
  loop.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'stdexec::run_loop::run' runs the run_loop until it is finished inside a coroutine: it re-enters the event loop or blocks the one this coroutine runs on; await the work instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: run the loop on a thread of its own, outside any coroutine{{$}}
  (void)both;
  co_return std::get<0>(*one);
}

// ---- 2. Other spellings: a using-declaration, a coroutine lambda ----

exec::task<void> spellings() {
  using stdexec::sync_wait;
  sync_wait(stdexec::just());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'stdexec::sync_wait' blocks the thread until the sender completes
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await the sender in an exec::task (its value
  auto step = []() -> exec::task<int> {
    auto r = stdexec::sync_wait(fetch(4)); // A coroutine lambda is its own loop context.
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'stdexec::sync_wait' blocks
    // CHECK-MESSAGES: :[[@LINE-2]]:14: note: co_await the sender
    co_return std::get<0>(*r);
  };
  co_await step();
}

// ---- 3. Through a helper ----

void drain(stdexec::run_loop &loop) { loop.run(); }
int load() { return std::get<0>(*stdexec::sync_wait(fetch(5))); }
int reload() { return load(); }

exec::task<int> helpers(stdexec::run_loop &loop) {
  drain(loop);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'drain' runs an event loop inside a coroutine through 'stdexec::run_loop::run', which runs the run_loop until it is finished: it re-enters the event loop or blocks the one this coroutine runs on; await the work instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-7]]:39: note: 'drain' calls 'stdexec::run_loop::run' here
  co_return reload();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'reload' blocks on an event loop inside a coroutine through 'stdexec::sync_wait', which blocks the thread until the sender completes: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-8]]:23: note: 'reload' calls 'load'
  // CHECK-MESSAGES: :[[@LINE-10]]:34: note: 'load' calls 'stdexec::sync_wait' here
}

// ---- 4. Quiet: outside coroutines and on another thread ----

void startup(stdexec::run_loop &loop) {
  loop.run();
  drain(loop);
  (void)stdexec::sync_wait_with_variant(fetch(6));
}

exec::task<void> background(stdexec::run_loop &loop) {
  std::thread t([&] { loop.run(); });
  t.detach();
  co_return;
}

int main() {
  stdexec::run_loop loop;
  startup(loop);
  return std::get<0>(*stdexec::sync_wait(waits(loop))) + reload();
}
