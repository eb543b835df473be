// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/libcoro

// coro-unawaited-task with the libcoro mock: coro::task is lazy.

#include <coro/coro.hpp>
#include <functional>
#include <utility>
#include <vector>

coro::task<int> fetch_user(int id) { co_return id; }
coro::task<> record_visit(int id) { co_return; }

struct Store {
  coro::task<int> load(int id) { co_return id; }
  std::function<coro::task<void>()> refresh = [] { return record_visit(0); };
};

struct FetchOrders {
  coro::task<int> operator()(int id) const { co_return id; }
};

void on_shutdown(std::function<void()> hook) {}

// ---- 1. Discarded calls ----------------------------------------------------

coro::task<void> discarded_calls(Store &store, coro::thread_pool &pool) {
  co_await pool.schedule();
  fetch_user(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch_user(1);{{$}}
  store.load(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'store.load' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await store.load(2);{{$}}
  FetchOrders{}(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'FetchOrders{}' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await FetchOrders{}(3);{{$}}
  store.refresh();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'store.refresh' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await store.refresh();{{$}}
  for (int i = 0; i < 2; ++i)
    record_visit(i);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'record_visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}    co_await record_visit(i);{{$}}
}

// Outside a coroutine: a note with the knowledge's advice, no fix.
void plain_function() {
  fetch_user(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; run it with coro::sync_wait(fetch_user(4)) from outside any coroutine, or hand it to a scheduler with spawn(
  // (The whole advice, with both of its <task> placeholders filled in, is
  // checked in coro-unawaited-task-handle-with.cpp.)
}

// ---- 2. Locals that are never awaited --------------------------------------

coro::task<int> unused_locals(Store &store) {
  auto user = fetch_user(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto user = co_await fetch_user(10);{{$}}
  auto visit = record_visit(11);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await record_visit(11);{{$}}
  auto refreshed = store.refresh();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'refreshed' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await store.refresh();{{$}}
  co_return 0;
}

// ---- 3. Coroutine lambdas stored as void callbacks -------------------------

coro::task<> dropped_callbacks() {
  on_shutdown([]() -> coro::task<> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: inside the callback, run it with coro::sync_wait(<task>) from outside any coroutine, or hand it to a scheduler with spawn(<task>); or give the callback a type whose signature returns the task
  std::function<void()> hook;
  hook = []() -> coro::task<int> { co_return 1; };
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: inside the callback,
  hook();
  co_return;
}

// ---- Quiet: correct code ---------------------------------------------------

coro::task<int> awaited(Store &store) {
  int a = co_await fetch_user(20);
  co_await record_visit(a);
  co_await store.load(21);
  co_await FetchOrders{}(22);
  co_await store.refresh();
  auto later = fetch_user(23); // awaited later
  int b = co_await std::move(later);
  auto moved = fetch_user(24);
  auto elsewhere = std::move(moved); // moved into another variable
  co_await elsewhere;
  std::vector<coro::task<int>> batch;
  batch.push_back(fetch_user(25)); // stored in a container
  batch.emplace_back(store.load(26));
  for (auto &task : batch)
    co_await task;
  auto results = co_await coro::when_all(fetch_user(27), record_visit(28));
  int c = std::get<0>(results).return_value();
  std::function<coro::task<void>()> callback = [] { return record_visit(29); };
  co_await callback();
  co_return co_await store.load(a + b + c);
}

coro::task<int> returned() { return fetch_user(40); }

coro::task<int> forwarded() { co_return co_await returned(); }

int main() {
  int a = coro::sync_wait(fetch_user(50));
  coro::sync_wait(record_visit(51));
  auto task = forwarded();
  int b = coro::sync_wait(task);
  auto results = coro::sync_wait(coro::when_all(fetch_user(52), record_visit(53)));
  auto manual = fetch_user(54); // started by hand
  manual.resume();
  return a + b + std::get<0>(results).return_value();
}
