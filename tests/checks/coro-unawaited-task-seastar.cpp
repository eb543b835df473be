// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/seastar

// coro-unawaited-task with the seastar mock: seastar::future is eager (the
// work behind it is already running; dropping it loses its result and its
// exceptions). future<T> has no nested promise_type: it becomes a coroutine
// type through std::coroutine_traits in <seastar/core/coroutine.hh> and is
// awaitable through a free operator co_await; corolint knows it from its
// knowledge file.

#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <seastar/core/sleep.hh>
#include <seastar/core/thread.hh>
#include <chrono>
#include <functional>
#include <utility>
#include <vector>

seastar::future<int> fetch_user(int id) { co_return id; }
seastar::future<> record_visit(int id) { co_return; }

struct Store {
  seastar::future<int> load(int id) { co_return id; }
  std::function<seastar::future<>()> flush = [] { return record_visit(0); };
};

struct FetchOrders {
  seastar::future<int> operator()(int id) const { co_return id; }
};

void on_shutdown(std::function<void()> hook) {}

// ---- 1. Discarded calls ----------------------------------------------------

seastar::future<> discarded_calls(Store &store) {
  fetch_user(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'fetch_user' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch_user(1);{{$}}
  store.load(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'store.load' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await store.load(2);{{$}}
  FetchOrders{}(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'FetchOrders{}' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await FetchOrders{}(3);{{$}}
  store.flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'store.flush' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await store.flush();{{$}}
  seastar::sleep(std::chrono::milliseconds(4));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'seastar::sleep' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await seastar::sleep(std::chrono::milliseconds(4));{{$}}
  fetch_user(5).then([](int id) { return id + 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'fetch_user(5).then' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch_user(5).then([](int id) { return id + 1; });{{$}}
  store.load(6).discard_result();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'store.load(6).discard_result' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await store.load(6).discard_result();{{$}}
  co_return;
}

// Outside a coroutine: a note with the knowledge's advice, no fix.
void plain_function() {
  record_visit(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'record_visit' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; return it, chain it with .then(), or keep it running under a seastar::gate{{$}}
  seastar::async([] { return 8; });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'seastar::async' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; return it, chain it with .then(), or keep it running under a seastar::gate{{$}}
}

// ---- 2. Locals that are never awaited --------------------------------------

seastar::future<int> unused_locals(Store &store) {
  auto user = fetch_user(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: eager task 'user' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto user = co_await fetch_user(10);{{$}}
  auto visit = record_visit(11);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: eager task 'visit' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await record_visit(11);{{$}}
  auto flushed = store.flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: eager task 'flushed' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await store.flush();{{$}}
  seastar::future<int> typed = store.load(12);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: eager task 'typed' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:32: note: await it with 'co_await'; no fix-it is offered because the variable's declared type would have to become the task's result type
  co_return 0;
}

// ---- 3. Coroutine lambdas stored as void callbacks -------------------------

seastar::future<> dropped_callbacks() {
  on_shutdown([]() -> seastar::future<> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: coroutine lambda returning an eager task is stored as 'std::function<void ()>', which throws away the task it returns: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: inside the callback, return it, chain it with .then(), or keep it running under a seastar::gate; or give the callback a type whose signature returns the task
  co_return;
}

// ---- Quiet: correct code ---------------------------------------------------

seastar::future<int> awaited(Store &store) {
  int a = co_await fetch_user(20);
  co_await record_visit(a);
  co_await store.load(21);
  co_await FetchOrders{}(22);
  co_await store.flush();
  co_await seastar::sleep(std::chrono::milliseconds(23));
  int b = co_await fetch_user(24).then([](int id) { return id + 1; });
  auto later = fetch_user(25); // awaited later
  int c = co_await std::move(later);
  auto moved = fetch_user(26);
  auto elsewhere = std::move(moved); // moved into another variable
  co_await std::move(elsewhere);
  std::vector<seastar::future<int>> batch;
  batch.push_back(fetch_user(27)); // stored in a container
  batch.emplace_back(store.load(28));
  for (auto &f : batch)
    co_await std::move(f);
  auto ready = record_visit(29);
  ready.ignore_ready_future(); // handed to its own API
  std::function<seastar::future<>()> callback = [] { return record_visit(30); };
  co_await callback();
  co_return co_await store.load(a + b + c);
}

// Continuation style: the future is returned to the caller.
seastar::future<int> chained() {
  return fetch_user(40).then([](int id) { return record_visit(id); }).then([] {
    return 41;
  });
}

seastar::future<int> returned() { return fetch_user(42); }

seastar::future<int> forwarded() { co_return co_await returned(); }

int main() {
  int a = seastar::async([] { return forwarded().get(); }).get();
  return a + chained().get();
}
