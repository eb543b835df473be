// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/std-execution

// coro-unawaited-task with a mock of C++26 std::execution::task (P3552),
// which is lazy like every sender.

#include <std_execution_task.hpp>
#include <functional>
#include <utility>
#include <vector>

std::execution::task<int> fetch_user(int id) { co_return id; }
std::execution::task<> record_visit(int id) { co_return; }

// Another environment, a deduced return type and a typedef of our own.
struct Priority {};
std::execution::task<int, std::execution::env<Priority>> fetch_urgent(int id) { co_return id; }
auto fetch_deduced(int id) { return fetch_user(id); }
using VoidTask = std::execution::task<void>;
VoidTask record_aliased(int id) { co_return; }

struct Store {
  std::execution::task<int> load(int id) { co_return id; }
  std::function<std::execution::task<>()> refresh = [] { return record_visit(0); };
};

struct FetchOrders {
  std::execution::task<int> operator()(int id) const { co_return id; }
};

void on_shutdown(std::function<void()> hook) {}

// ---- 1. Discarded calls ----------------------------------------------------

std::execution::task<void> discarded_calls(Store &store) {
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
  fetch_urgent(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_urgent' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch_urgent(4);{{$}}
  fetch_deduced(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_deduced' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch_deduced(5);{{$}}
  switch (store.refresh ? 1 : 2) {
  case 1:
    record_aliased(6);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'record_aliased' is never awaited: it never runs [coro-unawaited-task]
    // CHECK-FIXES: {{^}}    co_await record_aliased(6);{{$}}
    break;
  default:
    break;
  }
  co_return;
}

// Outside a coroutine: a note with the knowledge's advice, no fix.
void plain_function() {
  fetch_user(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; run it with std::this_thread::sync_wait(fetch_user(7)) from outside any coroutine{{$}}
}

// ---- 2. Locals that are never awaited --------------------------------------

std::execution::task<int> unused_locals(Store &store) {
  auto user = fetch_user(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto user = co_await fetch_user(10);{{$}}
  auto visit = record_aliased(11);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await record_aliased(11);{{$}}
  auto urgent = fetch_urgent(12);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'urgent' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto urgent = co_await fetch_urgent(12);{{$}}
  co_return 0;
}

// ---- 3. Coroutine lambdas stored as void callbacks -------------------------

std::execution::task<> dropped_callbacks() {
  on_shutdown([]() -> std::execution::task<> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: inside the callback, run it with std::this_thread::sync_wait(<task>) from outside any coroutine; or give the callback a type whose signature returns the task
  co_return;
}

// ---- Quiet: correct code ---------------------------------------------------

std::execution::task<int> awaited(Store &store) {
  int a = co_await fetch_user(20);
  co_await record_visit(a);
  co_await store.load(21);
  co_await FetchOrders{}(22);
  co_await store.refresh();
  co_await fetch_urgent(23);
  auto later = fetch_deduced(24); // awaited later
  int b = co_await std::move(later);
  auto moved = fetch_user(25);
  auto elsewhere = std::move(moved); // moved into another variable
  co_await std::move(elsewhere);
  std::vector<std::execution::task<int>> batch;
  batch.push_back(fetch_user(26)); // stored in a container
  for (auto &task : batch)
    co_await std::move(task);
  co_return co_await store.load(a + b);
}

std::execution::task<int> returned() { return fetch_user(40); }

std::execution::task<int> forwarded() { co_return co_await returned(); }

int main() {
  auto a = std::this_thread::sync_wait(fetch_user(50));
  std::this_thread::sync_wait(record_visit(51));
  auto task = forwarded();
  auto b = std::this_thread::sync_wait(std::move(task));
  return std::get<0>(*a) + std::get<0>(*b);
}
