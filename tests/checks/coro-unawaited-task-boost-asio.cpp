// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20

// coro-unawaited-task with Boost.Asio's real headers (Debian's libboost-dev):
// boost::asio::awaitable is lazy.

#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <chrono>
#include <functional>
#include <utility>
#include <vector>

namespace asio = boost::asio;
using namespace boost::asio::experimental::awaitable_operators;

asio::awaitable<int> fetch_user(int id) { co_return id; }
asio::awaitable<void> record_visit(int id) { co_return; }
boost::asio::awaitable<void> on_error() { co_return; }

struct Store {
  asio::awaitable<int> load(int id) { co_return id; }
  std::function<asio::awaitable<void>()> refresh = [] { return record_visit(0); };
};

struct FetchOrders {
  asio::awaitable<int> operator()(int id) const { co_return id; }
};

void on_shutdown(std::function<void()> hook) {}

// ---- 1. Discarded calls ----------------------------------------------------

asio::awaitable<void> discarded_calls(Store &store, asio::steady_timer &timer) {
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
  timer.async_wait(asio::use_awaitable);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'timer.async_wait' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await timer.async_wait(asio::use_awaitable);{{$}}
  (void)record_visit(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: lazy task returned by 'record_visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  (void)co_await record_visit(4);{{$}}
  try {
    co_await record_visit(5);
  } catch (...) {
    on_error();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: lazy task returned by 'on_error' is never awaited: it never runs [coro-unawaited-task]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: await it with 'co_await'; no fix-it is offered because 'co_await' is not allowed in a catch handler
  }
}

// Outside a coroutine there is nothing to await with: a note, no fix.
void plain_function() {
  fetch_user(6);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; start it with boost::asio::co_spawn(executor, fetch_user(6), boost::asio::detached){{$}}
}

// ---- 2. Locals that are never awaited --------------------------------------

asio::awaitable<void> unused_locals(Store &store) {
  auto user = fetch_user(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto user = co_await fetch_user(10);{{$}}
  auto visit = record_visit(11);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await record_visit(11);{{$}}
  asio::awaitable<int> typed = store.load(12);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: lazy task 'typed' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:32: note: await it with 'co_await'; no fix-it is offered because the variable's declared type would have to become the task's result type
  co_return;
}

// ---- 3. Coroutine lambdas stored as void callbacks -------------------------

asio::awaitable<void> dropped_callbacks() {
  on_shutdown([]() -> asio::awaitable<void> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: inside the callback, start it with boost::asio::co_spawn(executor, <task>, boost::asio::detached); or give the callback a type whose signature returns the task
  co_return;
}

// ---- Quiet: correct code ---------------------------------------------------

asio::awaitable<int> awaited(Store &store) {
  int a = co_await fetch_user(20);
  co_await record_visit(a);
  co_await store.load(21);
  co_await FetchOrders{}(22);
  co_await store.refresh();
  auto later = fetch_user(23); // awaited later
  int b = co_await std::move(later);
  auto moved = fetch_user(24);
  auto elsewhere = std::move(moved); // moved into another variable
  co_await std::move(elsewhere);
  std::vector<asio::awaitable<int>> batch;
  batch.push_back(fetch_user(25)); // stored in a container
  auto [x, y] = co_await (fetch_user(26) && fetch_user(27));
  auto executor = co_await asio::this_coro::executor;
  auto passed = record_visit(28);
  asio::co_spawn(executor, std::move(passed), asio::detached); // passed on
  asio::co_spawn(executor, record_visit(29), asio::detached);
  asio::steady_timer timer(executor, std::chrono::milliseconds(1));
  co_await timer.async_wait(asio::use_awaitable);
  co_return co_await store.load(a + b + x + y);
}

asio::awaitable<int> returned() { return fetch_user(30); }

asio::awaitable<int> forwarded() { co_return co_await returned(); }

int main() {
  asio::io_context ctx;
  asio::co_spawn(ctx, forwarded(), asio::detached);
  asio::co_spawn(ctx.get_executor(), record_visit(31), asio::detached);
  ctx.run();
}
