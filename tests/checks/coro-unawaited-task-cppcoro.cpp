// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/cppcoro

// coro-unawaited-task with the cppcoro mock: cppcoro::task and
// cppcoro::shared_task are lazy.

#include <cppcoro/shared_task.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/when_all.hpp>
#include <functional>
#include <utility>
#include <vector>

cppcoro::task<int> fetch_user(int id) { co_return id; }
cppcoro::task<> record_visit(int id) { co_return; }
cppcoro::shared_task<int> shared_config() { co_return 7; }

struct Store {
  cppcoro::task<int> load(int id) { co_return id; }
  static cppcoro::task<void> flush_all() { co_return; }
  std::function<cppcoro::task<>()> refresh = [] { return record_visit(0); };
};

struct FetchOrders {
  cppcoro::task<int> operator()(int id) const { co_return id; }
};

void on_shutdown(std::function<void()> hook) {}

// ---- 1. Discarded calls ----------------------------------------------------

cppcoro::task<> discarded_calls(Store &store) {
  fetch_user(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch_user(1);{{$}}
  store.load(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'store.load' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await store.load(2);{{$}}
  Store::flush_all();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'Store::flush_all' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await Store::flush_all();{{$}}
  FetchOrders{}(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'FetchOrders{}' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await FetchOrders{}(3);{{$}}
  store.refresh();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'store.refresh' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await store.refresh();{{$}}
  shared_config();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'shared_config' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await shared_config();{{$}}
  (void)record_visit(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: lazy task returned by 'record_visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  (void)co_await record_visit(4);{{$}}
  while (store.refresh)
    record_visit(5), fetch_user(6);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'record_visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:22: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}    co_await record_visit(5), co_await fetch_user(6);{{$}}
  co_return;
}

// Inside a coroutine lambda the fix goes into the lambda.
cppcoro::task<> in_coroutine_lambda() {
  auto body = [](Store &store) -> cppcoro::task<int> {
    store.load(7);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'store.load' is never awaited: it never runs [coro-unawaited-task]
    // CHECK-FIXES: {{^}}    co_await store.load(7);{{$}}
    co_return 1;
  };
  Store store;
  co_await body(store);
}

// Outside a coroutine: a note with the knowledge's advice, no fix.
void plain_function() {
  fetch_user(8);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; run it with cppcoro::sync_wait(fetch_user(8)) from outside any coroutine
  auto lambda = [] {
    shared_config();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'shared_config' is never awaited: it never runs [coro-unawaited-task]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: this lambda is not a coroutine, so it cannot await the task; run it with cppcoro::sync_wait(shared_config()) from outside any coroutine
  };
  lambda();
}

// ---- 2. Locals that are never awaited --------------------------------------

cppcoro::task<int> unused_locals(Store &store) {
  auto user = fetch_user(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto user = co_await fetch_user(10);{{$}}
  auto visit = record_visit(11);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await record_visit(11);{{$}}
  auto loaded = store.load(12);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'loaded' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto loaded = co_await store.load(12);{{$}}
  cppcoro::task<int> typed = fetch_user(13);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: lazy task 'typed' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:30: note: await it with 'co_await'; no fix-it is offered because the variable's declared type would have to become the task's result type
  co_return 0;
}

void unused_local_in_plain_function() {
  auto user = fetch_user(14);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: 'unused_local_in_plain_function' is not a coroutine, so it cannot await the task; run it with cppcoro::sync_wait(fetch_user(14)) from outside any coroutine
}

// ---- 3. Coroutine lambdas stored as void callbacks -------------------------

cppcoro::task<> dropped_callbacks() {
  on_shutdown([]() -> cppcoro::task<> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: inside the callback, run it with cppcoro::sync_wait(<task>) from outside any coroutine; or give the callback a type whose signature returns the task
  std::function<void()> hook = []() -> cppcoro::task<int> { co_return 1; };
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:32: note: inside the callback,
  hook = []() -> cppcoro::shared_task<> { co_return; };
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: inside the callback,
  hook();
  co_return;
}

// ---- Quiet: correct code ---------------------------------------------------

cppcoro::task<int> awaited(Store &store) {
  int a = co_await fetch_user(20);
  co_await record_visit(a);
  co_await store.load(21);
  co_await FetchOrders{}(22);
  co_await store.refresh();
  int &config = co_await shared_config();
  auto later = fetch_user(23); // awaited later
  int b = co_await std::move(later);
  auto moved = fetch_user(24);
  auto elsewhere = std::move(moved); // moved into another variable
  co_await std::move(elsewhere);
  std::vector<cppcoro::task<int>> batch;
  batch.push_back(fetch_user(25)); // stored in a container
  batch.emplace_back(store.load(26));
  for (auto &task : batch)
    co_await task;
  auto [x, y] = co_await cppcoro::when_all(fetch_user(27), record_visit(28));
  auto shared = shared_config(); // copied and awaited twice
  auto copy = shared;
  co_await shared;
  co_await copy;
  std::function<cppcoro::task<>()> callback = [] { return record_visit(29); };
  co_await callback();
  std::function<void()> sync_hook = [] {};
  sync_hook();
  co_return co_await store.load(a + b + config + x);
}

cppcoro::task<int> returned() { return fetch_user(30); }

cppcoro::task<int> forwarded() { co_return co_await returned(); }

int main() {
  int a = cppcoro::sync_wait(fetch_user(31));
  cppcoro::sync_wait(record_visit(32));
  auto task = forwarded();
  cppcoro::sync_wait(task);
  auto [x, y] = cppcoro::sync_wait(
      cppcoro::when_all(fetch_user(33), shared_config()));
  return a + x + y;
}
