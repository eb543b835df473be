// RUN: %check_coro_lint %s coro-nested-event-loop %t -- -std=c++20 -isystem %inputs/concurrencpp

// coro-nested-event-loop with the concurrencpp mock: get() on a result or
// shared_result in a result/lazy_result coroutine becomes co_await (of the
// moved object when it is named); wait(), wait_for() and wait_until() get a
// note. A callable submitted to a thread_pool_executor runs elsewhere.

#include <chrono>
#include <concurrencpp/concurrencpp.h>
#include <string>
#include <thread>
#include <utility>

concurrencpp::result<int> fetch(int id) { co_return id; }
concurrencpp::result<std::string> name() { co_return "x"; }

// ---- 1. Waiting: notes ----

concurrencpp::result<void> waits(concurrencpp::result<int> &r, concurrencpp::shared_result<int> sr) {
  r.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'concurrencpp::result::wait' blocks the thread until the result is ready inside a coroutine: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await the result{{$}}
  r.wait_for(std::chrono::milliseconds(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'concurrencpp::result::wait_for' blocks the thread until the result is ready or the time is up inside a coroutine: if the work
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await the result{{$}}
  r.wait_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'concurrencpp::result::wait_until' blocks the thread until the result is ready or the time is up inside
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await the result{{$}}
  sr.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'concurrencpp::shared_result::wait' blocks the thread until the result is ready inside
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await the shared_result{{$}}
  sr.wait_for(std::chrono::milliseconds(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'concurrencpp::shared_result::wait_for' blocks the thread until the result is ready or the time is up inside
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await the shared_result{{$}}
  sr.wait_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'concurrencpp::shared_result::wait_until' blocks the thread until the result is ready or the time is up inside
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await the shared_result{{$}}
  co_return;
}

// ---- 2. get() becomes co_await ----

concurrencpp::lazy_result<int> fixes(concurrencpp::result<int> r, concurrencpp::shared_result<int> sr) {
  int a = r.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'concurrencpp::result::get' blocks the thread until the result is ready inside a coroutine: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-FIXES: {{^}}  int a = co_await std::move(r);{{$}}
  int b = sr.get() + fetch(1).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'concurrencpp::shared_result::get' blocks the thread until the result is ready inside
  // A shared_result is not consumed by get(): no rewrite, a note.
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: co_await the shared_result{{$}}
  // CHECK-MESSAGES: :[[@LINE-4]]:22: warning: 'concurrencpp::result::get' blocks
  // CHECK-FIXES: {{^}}  int b = sr.get() + co_await fetch(1);{{$}}
  auto size = name().get().size();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'concurrencpp::result::get' blocks
  // CHECK-FIXES: {{^}}  auto size = (co_await name()).size();{{$}}
  auto all = concurrencpp::when_all(fetch(2), fetch(3)).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'concurrencpp::result::get' blocks
  // CHECK-FIXES: {{^}}  auto all = co_await concurrencpp::when_all(fetch(2), fetch(3));{{$}}
  concurrencpp::result<int> *rp = &r;
  int c = rp->get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'concurrencpp::result::get' blocks
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: await it with 'co_await' (no fix-it: only a call on an object, without arguments, is rewritten)
  (void)c;
  co_return a + b + static_cast<int>(size) + std::get<0>(all).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: 'concurrencpp::result::get' blocks
  // CHECK-FIXES: {{^}}  co_return a + b + static_cast<int>(size) + co_await std::move(std::get<0>(all));{{$}}
}

// ---- 3. Executors: inline runs here, a thread pool elsewhere ----

concurrencpp::result<int> executors(concurrencpp::runtime &rt, concurrencpp::result<int> &r) {
  auto here = rt.inline_executor()->submit([&] { return r.get(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: 'concurrencpp::result::get' blocks
  // CHECK-MESSAGES: :[[@LINE-2]]:57: note: await it with 'co_await' (no fix-it: the call is in a lambda that is not a coroutine){{$}}
  auto there = rt.thread_pool_executor()->submit([&] { return r.get(); });
  co_return co_await here + co_await there;
}

// ---- 4. Through a helper ----

int load() { return fetch(4).get(); }

concurrencpp::result<int> helpers() {
  co_return load();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'load' blocks on an event loop inside a coroutine through 'concurrencpp::result::get', which blocks the thread until the result is ready: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-5]]:21: note: 'load' calls 'concurrencpp::result::get' here
}

// ---- 5. Quiet: outside coroutines and on another thread ----

int main() {
  auto r = fetch(5);
  r.wait();
  std::thread t([&] { r.wait(); });
  t.join();
  return r.get() + load();
}
