// RUN: %check_coro_lint %s coro-unawaited-task %t -- %asio_flags

// coro-unawaited-task with standalone asio's real headers (libasio-dev).

#include <asio.hpp>
#include <functional>
#include <utility>
#include <vector>

asio::awaitable<int> fetch_user(int id) { co_return id; }
asio::awaitable<void> record_visit(int id) { co_return; }
asio::awaitable<void> on_error() { co_return; }

struct Store {
  asio::awaitable<int> load(int id) { co_return id; }
  std::function<asio::awaitable<void>()> refresh;
  asio::awaitable<void> (*flush)() = nullptr;
};

struct FetchOrders {
  asio::awaitable<int> operator()(int id) const { co_return id; }
};

void on_shutdown(std::function<void()> hook) {}

// ---- 1. Discarded calls ----------------------------------------------------

asio::awaitable<void> discarded_calls(Store &store) {
  fetch_user(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch_user(1);{{$}}
  store.load(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'store.load' is never awaited: it never runs
  // CHECK-FIXES: {{^}}  co_await store.load(2);{{$}}
  FetchOrders{}(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'FetchOrders{}' is never awaited
  // CHECK-FIXES: {{^}}  co_await FetchOrders{}(3);{{$}}
  store.refresh();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'store.refresh' is never awaited
  // CHECK-FIXES: {{^}}  co_await store.refresh();{{$}}
  store.flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'store.flush' is never awaited
  // CHECK-FIXES: {{^}}  co_await store.flush();{{$}}
  (void)record_visit(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: lazy task returned by 'record_visit' is never awaited
  // CHECK-FIXES: {{^}}  (void)co_await record_visit(4);{{$}}
  if (store.refresh)
    record_visit(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'record_visit'
  // CHECK-FIXES: {{^}}    co_await record_visit(5);{{$}}
  for (int i = 0; i < 2; record_visit(i), ++i) {
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: lazy task returned by 'record_visit'
  // CHECK-FIXES: {{^}}  for (int i = 0; i < 2; co_await record_visit(i), ++i) {{{$}}
  }
  try {
    co_await record_visit(6);
  } catch (...) {
    on_error();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'on_error' is never awaited
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: await it with 'co_await'; no fix-it is offered because 'co_await' is not allowed in a catch handler
  }
}

// Inside a lambda that is itself a coroutine, the fix goes there too.
asio::awaitable<void> in_coroutine_lambda() {
  auto body = []() -> asio::awaitable<void> {
    record_visit(7);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'record_visit'
    // CHECK-FIXES: {{^}}    co_await record_visit(7);{{$}}
    co_return;
  };
  co_await body();
}

// Outside a coroutine there is nothing to await with: a note, no fix.
void plain_function() {
  fetch_user(8);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; start it with asio::co_spawn(executor, fetch_user(8), asio::detached)
  auto lambda = [] {
    record_visit(9);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'record_visit'
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: this lambda is not a coroutine
  };
  lambda();
}

// ---- 2. Locals that are never awaited --------------------------------------

asio::awaitable<void> unused_locals(Store &store) {
  auto user = fetch_user(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'user' is never awaited: it never runs
  // CHECK-FIXES: {{^}}  auto user = co_await fetch_user(10);{{$}}
  auto visit = record_visit(11);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'visit' is never awaited
  // CHECK-FIXES: {{^}}  co_await record_visit(11);{{$}}
  asio::awaitable<int> typed = store.load(12);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: lazy task 'typed' is never awaited
  // CHECK-MESSAGES: :[[@LINE-2]]:32: note: await it with 'co_await'; no fix-it is offered because the variable's declared type would have to become the task's result type
  co_return;
}

// ---- 3. Coroutine lambdas stored as void callbacks -------------------------

asio::awaitable<void> dropped_callbacks() {
  on_shutdown([]() -> asio::awaitable<void> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: inside the callback, start it with asio::co_spawn(executor, <task>, asio::detached); or give the callback a type whose signature returns the task
  std::function<void()> hook;
  hook = []() -> asio::awaitable<void> { co_return; };
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>'
  co_return;
}

// ---- Quiet: correct code ---------------------------------------------------

asio::awaitable<int> awaited(Store &store) {
  int a = co_await fetch_user(20);
  co_await record_visit(a);
  auto later = fetch_user(21); // awaited later
  int b = co_await std::move(later);
  auto moved = fetch_user(22);
  auto elsewhere = std::move(moved); // moved into another variable
  co_await std::move(elsewhere);
  std::vector<asio::awaitable<int>> batch;
  batch.push_back(fetch_user(23)); // stored in a container
  auto passed = record_visit(24);
  asio::co_spawn(co_await asio::this_coro::executor, std::move(passed),
                 asio::detached); // passed on
  asio::co_spawn(co_await asio::this_coro::executor, record_visit(25),
                 asio::detached);
  auto callback = std::function<asio::awaitable<void>()>(
      [] { return record_visit(26); }); // returns the task to its caller
  co_await callback();
  std::function<void()> sync_hook = [] {};
  sync_hook();
  co_return co_await store.load(b);
}

asio::awaitable<int> returned() { return fetch_user(30); }

asio::awaitable<int> forwarded() { co_return co_await returned(); }

// A reference to an existing task is not a new task.
asio::awaitable<int> &stored_task();
void no_new_task() { stored_task(); }

// Templates are judged as written: a dependent call is not assumed a task.
template <typename F> void call_anything(F f) { f(); }
void instantiates() { call_anything([] { return 1; }); }
