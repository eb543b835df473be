// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/stdexec

// coro-unawaited-task with the stdexec mock. exec::task<T> is an alias of
// exec::basic_task<T, exec::default_task_context<T>>: the task must be found
// whichever spelling the code shows (the alias, the class template with any
// context, `auto`, a typedef of the project's own).

#include <exec/task.hpp>
#include <stdexec/execution.hpp>
#include <functional>
#include <utility>
#include <vector>

exec::task<int> fetch_user(int id) { co_return id; }
exec::task<void> record_visit(int id) { co_return; }

// The class template spelt out, with the default context and another one.
exec::basic_task<int, exec::default_task_context<int>> fetch_raw(int id) { co_return id; }
struct TracingContext {};
exec::basic_task<void, TracingContext> record_traced(int id) { co_return; }
// A deduced return type.
auto fetch_deduced(int id) { return fetch_user(id); }
// Typedefs of the project's own.
using UserTask = exec::task<int>;
typedef exec::basic_task<void, TracingContext> TracedTask;
UserTask fetch_aliased(int id) { co_return id; }

struct Store {
  exec::task<int> load(int id) { co_return id; }
  std::function<exec::task<void>()> refresh = [] { return record_visit(0); };
};

struct FetchOrders {
  exec::task<int> operator()(int id) const { co_return id; }
};

void on_shutdown(std::function<void()> hook) {}

// ---- 1. Discarded calls ----------------------------------------------------

exec::task<void> discarded_calls(Store &store) {
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
  record_traced(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'record_traced' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await record_traced(5);{{$}}
  fetch_deduced(6);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_deduced' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch_deduced(6);{{$}}
  fetch_aliased(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_aliased' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch_aliased(7);{{$}}
  co_return;
}

// A coroutine whose own return type is spelt through a typedef of the class
// template can take the fix too.
TracedTask discarded_in_traced_coroutine() {
  record_visit(8);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'record_visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await record_visit(8);{{$}}
  co_return;
}

// Outside a coroutine: a note with the knowledge's advice, no fix.
void plain_function() {
  fetch_user(9);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; run it with stdexec::sync_wait(fetch_user(9)) from outside any coroutine{{$}}
  record_traced(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'record_traced' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; run it with stdexec::sync_wait(record_traced(10)) from outside any coroutine{{$}}
}

// ---- 2. Locals that are never awaited --------------------------------------

exec::task<int> unused_locals(Store &store) {
  auto user = fetch_user(11);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto user = co_await fetch_user(11);{{$}}
  auto visit = record_visit(12);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await record_visit(12);{{$}}
  auto traced = record_traced(13);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'traced' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await record_traced(13);{{$}}
  auto deduced = fetch_deduced(14);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'deduced' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto deduced = co_await fetch_deduced(14);{{$}}
  UserTask typed = fetch_aliased(15);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: lazy task 'typed' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:20: note: await it with 'co_await'; no fix-it is offered because the variable's declared type would have to become the task's result type
  co_return 0;
}

// ---- 3. Coroutine lambdas stored as void callbacks -------------------------

exec::task<void> dropped_callbacks() {
  on_shutdown([]() -> exec::task<void> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: inside the callback, run it with stdexec::sync_wait(<task>) from outside any coroutine; or give the callback a type whose signature returns the task
  std::function<void()> hook = []() -> TracedTask { co_return; };
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:32: note: inside the callback,
  hook();
  co_return;
}

// ---- Quiet: correct code ---------------------------------------------------

exec::task<int> awaited(Store &store) {
  int a = co_await fetch_user(20);
  co_await record_visit(a);
  co_await store.load(21);
  co_await FetchOrders{}(22);
  co_await store.refresh();
  co_await fetch_raw(23);
  co_await record_traced(24);
  co_await fetch_deduced(25);
  auto later = fetch_user(26); // awaited later
  int b = co_await std::move(later);
  auto moved = fetch_aliased(27);
  auto elsewhere = std::move(moved); // moved into another variable
  co_await std::move(elsewhere);
  std::vector<exec::task<int>> batch;
  batch.push_back(fetch_user(28)); // stored in a container
  batch.emplace_back(fetch_raw(29));
  for (auto &task : batch)
    co_await std::move(task);
  int c = co_await stdexec::when_all(fetch_user(30), record_visit(31));
  std::function<exec::task<void>()> callback = [] { return record_visit(32); };
  co_await callback();
  co_return co_await store.load(a + b + c);
}

exec::task<int> returned() { return fetch_user(40); }

exec::task<int> forwarded() { co_return co_await returned(); }

int main() {
  auto a = stdexec::sync_wait(fetch_user(50));
  stdexec::sync_wait(record_visit(51));
  stdexec::sync_wait(record_traced(52));
  auto task = forwarded();
  auto b = stdexec::sync_wait(std::move(task));
  stdexec::sync_wait(stdexec::when_all(fetch_deduced(53), record_visit(54)));
  return std::get<0>(*a) + std::get<0>(*b);
}
