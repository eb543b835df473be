// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/cobalt

// coro-unawaited-task with the Boost.Cobalt mock: boost::cobalt::task is lazy,
// boost::cobalt::promise is eager (it runs at once; dropping it loses its
// result and its exceptions).

#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/cobalt.hpp>
#include <functional>
#include <utility>
#include <vector>

namespace cobalt = boost::cobalt;

cobalt::task<int> fetch_user(int id) { co_return id; }
cobalt::task<void> record_visit(int id) { co_return; }
cobalt::promise<int> prefetch(int id) { co_return id; }
cobalt::promise<void> heartbeat() { co_return; }

struct Store {
  cobalt::task<int> load(int id) { co_return id; }
  cobalt::promise<int> warm(int id) { co_return id; }
  std::function<cobalt::task<void>()> refresh = [] { return record_visit(0); };
  std::function<cobalt::promise<void>()> ping = [] { return heartbeat(); };
};

struct FetchOrders {
  cobalt::task<int> operator()(int id) const { co_return id; }
};
struct PrefetchOrders {
  cobalt::promise<int> operator()(int id) const { co_return id; }
};

void on_shutdown(std::function<void()> hook) {}

// ---- 1. Discarded calls ----------------------------------------------------

cobalt::task<void> discarded_calls(Store &store) {
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
  prefetch(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'prefetch' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await prefetch(4);{{$}}
  store.warm(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'store.warm' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await store.warm(5);{{$}}
  PrefetchOrders{}(6);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'PrefetchOrders{}' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await PrefetchOrders{}(6);{{$}}
  store.ping();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'store.ping' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await store.ping();{{$}}
  co_return;
}

// A promise coroutine awaits tasks of its own framework too.
cobalt::promise<int> discarded_in_promise() {
  record_visit(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'record_visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await record_visit(7);{{$}}
  heartbeat();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'heartbeat' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await heartbeat();{{$}}
  co_return 0;
}

// Outside a coroutine: a note with the knowledge's advice, no fix.
void plain_function() {
  fetch_user(8);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; start it with boost::cobalt::spawn(executor, fetch_user(8), boost::asio::detached){{$}}
  prefetch(9);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'prefetch' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; keep it and co_await it, or detach it with prefetch(9).detach() if its result is really not needed{{$}}
}

// ---- 2. Locals that are never awaited --------------------------------------

cobalt::task<int> unused_locals(Store &store) {
  auto user = fetch_user(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto user = co_await fetch_user(10);{{$}}
  auto visit = record_visit(11);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await record_visit(11);{{$}}
  auto warmed = store.warm(12);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: eager task 'warmed' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto warmed = co_await store.warm(12);{{$}}
  auto beat = heartbeat();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: eager task 'beat' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await heartbeat();{{$}}
  cobalt::promise<int> typed = prefetch(13);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: eager task 'typed' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:32: note: await it with 'co_await'; no fix-it is offered because the variable's declared type would have to become the task's result type
  co_return 0;
}

// ---- 3. Coroutine lambdas stored as void callbacks -------------------------

cobalt::task<void> dropped_callbacks() {
  on_shutdown([]() -> cobalt::task<void> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: inside the callback, start it with boost::cobalt::spawn(executor, <task>, boost::asio::detached); or give the callback a type whose signature returns the task
  on_shutdown([]() -> cobalt::promise<void> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: coroutine lambda returning an eager task is stored as 'std::function<void ()>', which throws away the task it returns: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: inside the callback, keep it and co_await it, or detach it with <task>.detach() if its result is really not needed; or give the callback a type whose signature returns the task
  co_return;
}

// ---- Quiet: correct code ---------------------------------------------------

cobalt::task<int> awaited(Store &store) {
  int a = co_await fetch_user(20);
  co_await record_visit(a);
  co_await store.load(21);
  co_await FetchOrders{}(22);
  co_await store.refresh();
  int p = co_await prefetch(23);
  co_await heartbeat();
  co_await store.ping();
  auto later = fetch_user(24); // awaited later
  int b = co_await std::move(later);
  auto running = prefetch(25); // awaited later
  int c = co_await running;
  auto moved = fetch_user(26);
  auto elsewhere = std::move(moved); // moved into another variable
  co_await elsewhere;
  std::vector<cobalt::promise<int>> batch;
  batch.push_back(prefetch(27)); // stored in a container
  batch.emplace_back(store.warm(28));
  for (auto &promise : batch)
    co_await promise;
  auto attached = prefetch(29); // handed to its own API
  attached.attach();
  std::function<cobalt::task<void>()> callback = [] { return record_visit(30); };
  co_await callback();
  co_return co_await store.load(a + b + c + p);
}

cobalt::task<int> returned() { return fetch_user(40); }

cobalt::task<int> forwarded() { co_return co_await returned(); }

int main() {
  boost::asio::io_context ctx;
  cobalt::spawn(ctx, record_visit(50), boost::asio::detached);
  cobalt::spawn(ctx.get_executor(), fetch_user(51), boost::asio::detached);
  auto task = forwarded();
  cobalt::spawn(ctx, std::move(task), boost::asio::detached);
  int a = cobalt::run(fetch_user(52));
  cobalt::run(record_visit(53));
  auto result = prefetch(54); // eager, its result is taken
  return a + result.get();
}
