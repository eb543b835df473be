// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/concurrencpp

// coro-unawaited-task with the concurrencpp mock: concurrencpp::result is
// eager (it runs at once; dropping it loses its result and its exceptions),
// concurrencpp::lazy_result is lazy (it runs when awaited or run()).

#include <concurrencpp/concurrencpp.h>
#include <functional>
#include <utility>
#include <vector>

using concurrencpp::lazy_result;
using concurrencpp::result;

result<int> compute(int x) { co_return x * 2; }
result<void> notify(int x) { co_return; }
lazy_result<int> compute_later(int x) { co_return x * 3; }
lazy_result<void> notify_later(int x) { co_return; }

struct Service {
  result<int> query(int x) { co_return x; }
  lazy_result<int> query_later(int x) { co_return x; }
  std::function<lazy_result<void>()> refresh = [] { return notify_later(0); };
};

struct Square {
  lazy_result<int> operator()(int x) const { co_return x * x; }
};

void on_shutdown(std::function<void()> hook) {}

// ---- 1. Discarded calls ----------------------------------------------------

result<void> discarded_calls(Service &service, concurrencpp::executor &executor) {
  compute(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'compute' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await compute(1);{{$}}
  service.query(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'service.query' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await service.query(2);{{$}}
  compute_later(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'compute_later' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await compute_later(3);{{$}}
  service.query_later(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'service.query_later' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await service.query_later(4);{{$}}
  Square{}(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'Square{}' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await Square{}(5);{{$}}
  service.refresh();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'service.refresh' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await service.refresh();{{$}}
  executor.submit([] { return 6; });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'executor.submit' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await executor.submit([] { return 6; });{{$}}
  compute_later(7).run();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'compute_later(7).run' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await compute_later(7).run();{{$}}
  co_return;
}

// A lazy_result coroutine awaits results too.
lazy_result<int> discarded_in_lazy_result() {
  notify(8);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'notify' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await notify(8);{{$}}
  co_return 0;
}

// Outside a coroutine: a note with the knowledge's advice, no fix.
void plain_function() {
  compute(9);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'compute' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; keep it and get() its value, or co_await it from a coroutine{{$}}
  notify_later(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'notify_later' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; start it with notify_later(10).run() and keep the result it returns{{$}}
}

// ---- 2. Locals that are never awaited --------------------------------------

result<int> unused_locals(Service &service) {
  auto doubled = compute(11);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: eager task 'doubled' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto doubled = co_await compute(11);{{$}}
  auto notified = notify(12);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: eager task 'notified' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await notify(12);{{$}}
  auto later = service.query_later(13);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'later' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto later = co_await service.query_later(13);{{$}}
  auto nothing = notify_later(14);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'nothing' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await notify_later(14);{{$}}
  co_return 0;
}

// ---- 3. Coroutine lambdas stored as void callbacks -------------------------

result<void> dropped_callbacks() {
  on_shutdown([]() -> lazy_result<void> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: inside the callback, start it with <task>.run() and keep the result it returns; or give the callback a type whose signature returns the task
  std::function<void()> hook = []() -> result<int> { co_return 1; };
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: coroutine lambda returning an eager task is stored as 'std::function<void ()>', which throws away the task it returns: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:32: note: inside the callback, keep it and get() its value, or co_await it from a coroutine; or give the callback a type whose signature returns the task
  hook();
  co_return;
}

// ---- Quiet: correct code ---------------------------------------------------

result<int> awaited(Service &service, concurrencpp::executor &executor) {
  int a = co_await compute(20);
  co_await notify(a);
  co_await service.query(21);
  int b = co_await compute_later(22);
  co_await notify_later(23);
  co_await Square{}(24);
  co_await service.refresh();
  co_await executor.submit([] { return 25; });
  auto running = compute(26); // awaited later
  int c = co_await std::move(running);
  auto deferred = compute_later(27); // awaited later
  int d = co_await std::move(deferred);
  auto moved = compute(28);
  auto elsewhere = std::move(moved); // moved into another variable
  co_await elsewhere;
  std::vector<result<int>> batch;
  batch.push_back(compute(29)); // stored in a container
  batch.emplace_back(service.query(30));
  for (auto &item : batch)
    co_await item;
  auto started = compute_later(31).run(); // the run() result is kept
  int e = co_await started;
  auto [x, y] = co_await concurrencpp::when_all(compute(32), notify(33));
  std::function<lazy_result<void>()> callback = [] { return notify_later(34); };
  co_await callback();
  co_return a + b + c + d + e + x.get();
}

result<int> returned() { return compute(40); }

result<int> forwarded() { co_return co_await returned(); }

int main() {
  concurrencpp::runtime runtime;
  auto submitted = runtime.thread_pool_executor()->submit([] { return 50; });
  auto ran = compute_later(51).run();
  ran.wait();
  auto value = forwarded();
  return submitted.get() + ran.get() + value.get() + compute(52).get();
}
