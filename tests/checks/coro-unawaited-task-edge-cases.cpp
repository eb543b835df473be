// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/cppcoro

// coro-unawaited-task, less common shapes of the same mistakes, with the
// cppcoro mock: macros, conditional operators, immediately invoked lambdas,
// other declarator forms, other callables stored as void callbacks, local
// classes and templates.

#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <functional>
#include <utility>
#include <vector>

cppcoro::task<int> fetch_user(int id) { co_return id; }
cppcoro::task<> record_visit(int id) { co_return; }
cppcoro::task<> flush() { co_return; }

#define RUN_TWICE(call) call, call
#define FLUSH_NOW flush()

// ---- 1. Where the call is written ------------------------------------------

cppcoro::task<> written_in_macros() {
  RUN_TWICE(fetch_user(1));
  // Both expansions are spelt at the same place: one warning.
  // CHECK-MESSAGES: :[[@LINE-2]]:13: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-3]]:13: note: await it with 'co_await'; no fix-it is offered because the call is written in a macro
  FLUSH_NOW;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by this call is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: await it with 'co_await'; no fix-it is offered because the call is written in a macro
  co_return;
}

cppcoro::task<> statement_forms(bool ready) {
  ready ? fetch_user(2) : fetch_user(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:27: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  ready ? co_await fetch_user(2) : co_await fetch_user(3);{{$}}
  []() -> cppcoro::task<> { co_return; }();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by '[]() -> cppcoro::task<> { co_return; }' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await []() -> cppcoro::task<> { co_return; }();{{$}}
  do
    record_visit(4);
  while (!ready);
  // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: lazy task returned by 'record_visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}    co_await record_visit(4);{{$}}
  for (int i : {5, 6})
    record_visit(i);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'record_visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}    co_await record_visit(i);{{$}}
  {
    flush();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'flush' is never awaited: it never runs [coro-unawaited-task]
    // CHECK-FIXES: {{^}}    co_await flush();{{$}}
  }
again:
  flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'flush' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await flush();{{$}}
  if (!ready) {
    ready = true;
    goto again;
  }
  co_return;
}

// ---- 2. Member calls -------------------------------------------------------

struct Store {
  cppcoro::task<int> load(int id) { co_return id; }
  cppcoro::task<> reload() {
    load(7);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'load' is never awaited: it never runs [coro-unawaited-task]
    // CHECK-FIXES: {{^}}    co_await load(7);{{$}}
    this->load(8);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'this->load' is never awaited: it never runs [coro-unawaited-task]
    // CHECK-FIXES: {{^}}    co_await this->load(8);{{$}}
    co_return;
  }
};

cppcoro::task<> through_pointers(Store *store, cppcoro::task<int> (Store::*method)(int)) {
  store->load(9);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'store->load' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await store->load(9);{{$}}
  (store->*method)(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by '(store->*method)' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await (store->*method)(10);{{$}}
  co_return;
}

// ---- 3. Other declarator forms of unused locals ----------------------------

cppcoro::task<> declarator_forms() {
  const auto constant = fetch_user(11);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: lazy task 'constant' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  const auto constant = co_await fetch_user(11);{{$}}
  decltype(auto) deduced = fetch_user(12);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: lazy task 'deduced' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  decltype(auto) deduced = co_await fetch_user(12);{{$}}
  auto direct(fetch_user(13));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'direct' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto direct(co_await fetch_user(13));{{$}}
  cppcoro::task<> spelled = record_visit(14);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: lazy task 'spelled' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await record_visit(14);{{$}}
  auto first = fetch_user(15), second = fetch_user(16);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'first' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:32: warning: lazy task 'second' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto first = co_await fetch_user(15), second = co_await fetch_user(16);{{$}}
  // Two void tasks in one declaration: no single replacement can drop both
  // variables, so there is no fix.
  auto one = record_visit(17), two = record_visit(18);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'one' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:14: note: await it with 'co_await'; no fix-it is offered because
  // CHECK-MESSAGES: :[[@LINE-3]]:32: warning: lazy task 'two' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-4]]:38: note: await it with 'co_await'; no fix-it is offered because
  // CHECK-FIXES: {{^}}  auto one = record_visit(17), two = record_visit(18);{{$}}
  co_return;
}

// ---- 4. Other callables stored as void callbacks ---------------------------

void register_hook(std::function<void(int)> hook) {}

void other_callables() {
  std::function<void()> by_pointer = &flush;
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: callable returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:38: note: inside the callback, run it with cppcoro::sync_wait(<task>) from outside any coroutine; or give the callback a type whose signature returns the task
  std::function<void()> by_name = flush;
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: callable returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  auto named = []() -> cppcoro::task<> { co_return; };
  std::function<void()> moved = std::move(named);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  std::function<void()> braced{[]() -> cppcoro::task<> { co_return; }};
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  std::vector<std::function<void()>> hooks;
  hooks.push_back([]() -> cppcoro::task<> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: coroutine lambda returning a lazy task is stored as 'value_type' (aka '{{(std::)?}}function<void ()>'), which throws away the task it returns: it never runs [coro-unawaited-task]
  register_hook([](auto id) -> cppcoro::task<> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: coroutine lambda returning a lazy task is stored as 'std::function<void (int)>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // Callbacks whose signature returns the task are fine.
  std::function<cppcoro::task<>()> kept = &flush;
  std::function<cppcoro::task<>(int)> kept_lambda = [](int id) -> cppcoro::task<> { co_return; };
  cppcoro::sync_wait(kept());
  cppcoro::sync_wait(kept_lambda(19));
}

// ---- 5. Local classes and templates ----------------------------------------

cppcoro::task<> local_class() {
  struct Local {
    void sync() {
      fetch_user(20);
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
      // CHECK-MESSAGES: :[[@LINE-2]]:7: note: 'sync' is not a coroutine, so it cannot await the task; run it with cppcoro::sync_wait(fetch_user(20)) from outside any coroutine
    }
    cppcoro::task<> async() {
      fetch_user(21);
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
      // CHECK-FIXES: {{^}}      co_await fetch_user(21);{{$}}
      co_return;
    }
  };
  co_await Local{}.async();
}

// A template's non-dependent calls are judged as written (with a fix-it);
// a dependent one is judged per instantiation: a task in one of them is
// reported once, with the instantiation named and no fix-it.
template <typename T> cppcoro::task<T> generic(T value) {
  fetch_user(22);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch_user(22);{{$}}
  value.start();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'value.start' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE+12]]:22: note: found in the instantiation 'generic<Startable>', made here; others may differ
  co_return value;
}

struct Startable {
  cppcoro::task<> start() { co_return; }
};
struct Plain {
  int start() { return 0; }
};

int instantiate() {
  cppcoro::sync_wait(generic(Startable{}));
  cppcoro::sync_wait(generic(Plain{}));
  return 0;
}

// ---- Quiet -----------------------------------------------------------------

// A reference to an existing task is not a new task.
cppcoro::task<int> &stored_task();
void no_new_task() { stored_task(); }
// Unevaluated operands create no task.
constexpr auto task_size = sizeof(fetch_user(30));
using FetchResult = decltype(fetch_user(31));
