// RUN: %check_coro_lint %s coro-nested-event-loop %t -- -std=c++20 -isystem %inputs/folly -isystem %inputs/cppcoro

// coro-nested-event-loop with the folly mock: folly::coro::blockingWait (and
// blocking_wait) in a folly::coro::Task becomes co_await; waiting on a future
// and running an EventBase get a note. The cppcoro mock is there for a
// coroutine of another framework: a note, no fix-it.

#include <cppcoro/task.hpp>
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>
#include <folly/futures/Future.h>
#include <folly/io/async/EventBase.h>
#include <string>
#include <thread>
#include <utility>

folly::coro::Task<int> fetch(int id) { co_return id; }
folly::coro::Task<std::string> name() { co_return "x"; }

// ---- 1. Futures and the EventBase: notes ----

folly::coro::Task<int> futures(folly::EventBase &evb, folly::SemiFuture<int> semi, folly::Future<int> fut) {
  semi.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::SemiFuture::wait' blocks the thread until the future is fulfilled inside a coroutine: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await std::move(future) instead{{$}}
  int a = std::move(semi).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'folly::SemiFuture::get' blocks the thread until the future is fulfilled inside a coroutine: if the work
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: co_await std::move(future) instead{{$}}
  fut.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::Future::wait' blocks the thread until the future is fulfilled inside a coroutine: if the work
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await std::move(future) instead{{$}}
  int b = fut.get() + folly::makeFuture(2).getVia(&evb);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'folly::Future::get' blocks the thread until the future is fulfilled inside a coroutine: if the work
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: co_await std::move(future) instead{{$}}
  // CHECK-MESSAGES: :[[@LINE-3]]:23: warning: 'folly::Future::getVia' drives the executor's loop on this thread until the future is fulfilled inside a coroutine: it re-enters the event loop or blocks the one this coroutine runs on; await the work instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: co_await std::move(future) instead{{$}}
  evb.loop();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::EventBase::loop' runs the EventBase's event loop inside a coroutine: it re-enters
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: run the EventBase on a thread of its own (folly::ScopedEventBaseThread){{$}}
  evb.loopOnce();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::EventBase::loopOnce' runs the EventBase's event loop once inside a coroutine: it re-enters
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: run the EventBase on a thread of its own (folly::ScopedEventBaseThread){{$}}
  evb.loopForever();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::EventBase::loopForever' runs the EventBase's event loop until it is terminated inside a coroutine: it re-enters
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: run the EventBase on a thread
  co_return a + b;
}

// ---- 2. blockingWait becomes co_await ----

folly::coro::Task<int> fixes(folly::EventBase &evb) {
  int a = folly::coro::blockingWait(fetch(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'folly::coro::blockingWait' blocks the thread until the awaitable completes inside a coroutine: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-FIXES: {{^}}  int a = co_await fetch(1);{{$}}
  auto t = fetch(2);
  int b = folly::coro::blocking_wait(std::move(t));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'folly::coro::blocking_wait' blocks the thread until the awaitable completes
  // CHECK-FIXES: {{^}}  int b = co_await std::move(t);{{$}}
  auto size = folly::coro::blockingWait(name()).size();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  auto size = (co_await name()).size();{{$}}
  auto [c, d] = folly::coro::blockingWait(folly::coro::collectAll(fetch(3), fetch(4)));
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  auto [c, d] = co_await folly::coro::collectAll(fetch(3), fetch(4));{{$}}
  int e = folly::coro::blockingWait(fetch(5), &evb);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'folly::coro::blockingWait' blocks
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: await it with 'co_await' (no fix-it: the call has more than the awaitable as argument){{$}}
  co_return a + b + c + d + e + static_cast<int>(size);
}

// ---- 3. No fix-it in a coroutine of another framework ----

cppcoro::task<int> inCppcoro() {
  co_return folly::coro::blockingWait(fetch(6));
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'folly::coro::blockingWait' blocks
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: await it with 'co_await' (no fix-it: this coroutine's task type may not be able to await it){{$}}
}

// ---- 4. Through a helper ----

void pump(folly::EventBase &evb) { evb.loopOnce(); }
int load() { return folly::coro::blockingWait(fetch(7)); }

folly::coro::Task<int> helpers(folly::EventBase &evb) {
  pump(evb);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'pump' runs an event loop inside a coroutine through 'folly::EventBase::loopOnce', which runs the EventBase's event loop once: it re-enters the event loop or blocks the one this coroutine runs on; await the work instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-6]]:36: note: 'pump' calls 'folly::EventBase::loopOnce' here
  co_return load();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'load' blocks on an event loop inside a coroutine through 'folly::coro::blockingWait', which blocks the thread until the awaitable completes: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-8]]:21: note: 'load' calls 'folly::coro::blockingWait' here
}

// ---- 5. Quiet: outside coroutines and on another thread ----

void startup(folly::EventBase &evb) {
  evb.loopForever();
  pump(evb);
  (void)folly::makeFuture(1).get();
}

folly::coro::Task<void> background(folly::EventBase &evb) {
  std::thread t([&] { evb.loopForever(); });
  t.detach();
  co_return;
}

int main() {
  folly::EventBase evb;
  startup(evb);
  return folly::coro::blockingWait(fixes(evb)) + load();
}
