// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/unifex

// coro-unawaited-task with the libunifex mock. unifex::task<T> is an alias of
// the nested class unifex::_task::_task<T>::type: the task must be found
// whichever spelling the code shows (the alias, the nested class, `auto`, a
// typedef of the project's own).

#include <unifex/sync_wait.hpp>
#include <unifex/task.hpp>
#include <unifex/when_all.hpp>
#include <functional>
#include <utility>
#include <vector>

unifex::task<int> fetch_user(int id) { co_return id; }
unifex::task<void> record_visit(int id) { co_return; }

// The nested class, spelt out: no alias sugar left.
unifex::_task::_task<int>::type fetch_raw(int id) { co_return id; }
// A deduced return type.
auto fetch_deduced(int id) { return fetch_user(id); }
// Typedefs of the project's own.
using UserTask = unifex::task<int>;
typedef unifex::_task::_task<void>::type RawVoidTask;
UserTask fetch_aliased(int id) { co_return id; }
RawVoidTask record_raw(int id) { co_return; }

struct Store {
  unifex::task<int> load(int id) { co_return id; }
  std::function<unifex::task<void>()> refresh = [] { return record_visit(0); };
};

struct FetchOrders {
  unifex::task<int> operator()(int id) const { co_return id; }
};

void on_shutdown(std::function<void()> hook) {}

// ---- 1. Discarded calls ----------------------------------------------------

unifex::task<void> discarded_calls(Store &store) {
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
  fetch_raw(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_raw' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch_raw(4);{{$}}
  fetch_deduced(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_deduced' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch_deduced(5);{{$}}
  fetch_aliased(6);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_aliased' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch_aliased(6);{{$}}
  record_raw(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'record_raw' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await record_raw(7);{{$}}
  co_return;
}

// A coroutine whose own return type is spelt through a typedef can take the
// fix too.
RawVoidTask discarded_in_raw_coroutine() {
  record_visit(8);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'record_visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await record_visit(8);{{$}}
  co_return;
}

// Outside a coroutine: a note with the knowledge's advice, no fix.
void plain_function() {
  fetch_user(9);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; run it with unifex::sync_wait(fetch_user(9)) from outside any coroutine{{$}}
  fetch_raw(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_raw' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; run it with unifex::sync_wait(fetch_raw(10)) from outside any coroutine{{$}}
}

// ---- 2. Locals that are never awaited --------------------------------------

unifex::task<int> unused_locals(Store &store) {
  auto user = fetch_user(11);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto user = co_await fetch_user(11);{{$}}
  auto visit = record_visit(12);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await record_visit(12);{{$}}
  auto raw = record_raw(13);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'raw' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await record_raw(13);{{$}}
  auto deduced = fetch_deduced(14);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'deduced' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto deduced = co_await fetch_deduced(14);{{$}}
  UserTask typed = fetch_aliased(15);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: lazy task 'typed' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:20: note: await it with 'co_await'; no fix-it is offered because the variable's declared type would have to become the task's result type
  co_return 0;
}

// ---- 3. Coroutine lambdas stored as void callbacks -------------------------

unifex::task<void> dropped_callbacks() {
  on_shutdown([]() -> unifex::task<void> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: inside the callback, run it with unifex::sync_wait(<task>) from outside any coroutine; or give the callback a type whose signature returns the task
  std::function<void()> hook = []() -> UserTask { co_return 1; };
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:32: note: inside the callback,
  hook();
  co_return;
}

// ---- Quiet: correct code ---------------------------------------------------

unifex::task<int> awaited(Store &store) {
  int a = co_await fetch_user(20);
  co_await record_visit(a);
  co_await store.load(21);
  co_await FetchOrders{}(22);
  co_await store.refresh();
  co_await fetch_raw(23);
  co_await fetch_deduced(24);
  co_await record_raw(25);
  auto later = fetch_user(26); // awaited later
  int b = co_await std::move(later);
  auto moved = fetch_aliased(27);
  auto elsewhere = std::move(moved); // moved into another variable
  co_await std::move(elsewhere);
  std::vector<unifex::task<int>> batch;
  batch.push_back(fetch_user(28)); // stored in a container
  batch.emplace_back(fetch_raw(29));
  for (auto &task : batch)
    co_await std::move(task);
  auto [x, y] = co_await unifex::when_all(fetch_user(30), record_visit(31));
  std::function<unifex::task<void>()> callback = [] { return record_visit(32); };
  co_await callback();
  co_return co_await store.load(a + b);
}

unifex::task<int> returned() { return fetch_user(40); }

unifex::task<int> forwarded() { co_return co_await returned(); }

int main() {
  std::optional<int> a = unifex::sync_wait(fetch_user(50));
  unifex::sync_wait(record_visit(51));
  unifex::sync_wait(fetch_raw(52));
  auto task = forwarded();
  std::optional<int> b = unifex::sync_wait(std::move(task));
  unifex::sync_wait(unifex::when_all(fetch_deduced(53), record_raw(54)));
  return *a + *b;
}
