// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/folly -isystem %inputs/cppcoro

// coro-unawaited-task with the folly mock: folly::coro::Task and
// folly::coro::TaskWithExecutor are lazy. The cppcoro mock is there too, for
// tasks of one framework dropped inside a coroutine of the other.

#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>
#include <folly/io/async/EventBase.h>
#include <functional>
#include <utility>
#include <vector>

folly::coro::Task<int> fetchUser(int id) { co_return id; }
folly::coro::Task<void> recordVisit(int id) { co_return; }
cppcoro::task<int> legacyFetch(int id) { co_return id; }

struct Store {
  folly::coro::Task<int> load(int id) { co_return id; }
  std::function<folly::coro::Task<>()> refresh = [] { return recordVisit(0); };
};

struct FetchOrders {
  folly::coro::Task<int> operator()(int id) const { co_return id; }
};

// ---- 1. Discarded calls ----------------------------------------------------

folly::coro::Task<void> discardedCalls(Store &store, folly::EventBase &evb) {
  fetchUser(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetchUser' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetchUser(1);{{$}}
  store.load(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'store.load' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await store.load(2);{{$}}
  FetchOrders{}(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'FetchOrders{}' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await FetchOrders{}(3);{{$}}
  store.refresh();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'store.refresh' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await store.refresh();{{$}}
  recordVisit(4).scheduleOn(&evb);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'recordVisit(4).scheduleOn' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await recordVisit(4).scheduleOn(&evb);{{$}}
  folly::coro::co_withExecutor(&evb, fetchUser(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'folly::coro::co_withExecutor' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await folly::coro::co_withExecutor(&evb, fetchUser(5));{{$}}
  folly::coro::collectAll(fetchUser(6), recordVisit(7));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'folly::coro::collectAll' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await folly::coro::collectAll(fetchUser(6), recordVisit(7));{{$}}
  if (store.refresh)
    recordVisit(8);
  else
    fetchUser(9);
  // CHECK-MESSAGES: :[[@LINE-3]]:5: warning: lazy task returned by 'recordVisit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: lazy task returned by 'fetchUser' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}    co_await recordVisit(8);{{$}}
  // CHECK-FIXES: {{^}}    co_await fetchUser(9);{{$}}
  co_return;
}

// ---- 2. A task of another framework ----------------------------------------

folly::coro::Task<int> crossFramework() {
  legacyFetch(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'legacyFetch' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: await it with 'co_await'; no fix-it is offered because this coroutine's task type may not be able to await a task of another framework
  auto legacy = legacyFetch(11);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'legacy' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: await it with 'co_await'; no fix-it is offered because this coroutine's task type may not be able to await a task of another framework
  co_return 0;
}

cppcoro::task<int> crossFrameworkTheOtherWay() {
  fetchUser(12);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetchUser' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: await it with 'co_await'; no fix-it is offered because this coroutine's task type may not be able to await a task of another framework
  co_return co_await legacyFetch(13);
}

// ---- 3. Outside a coroutine ------------------------------------------------

void plainFunction() {
  recordVisit(14);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'recordVisit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plainFunction' is not a coroutine, so it cannot await the task; start it with folly::coro::co_withExecutor(executor, recordVisit(14)).start(), or run it with folly::coro::blockingWait(
  // (The whole advice, with both of its <task> placeholders filled in, is
  // checked in coro-unawaited-task-handle-with.cpp.)
}

void plainFunctionWithExecutor(folly::EventBase &evb) {
  fetchUser(15).scheduleOn(&evb);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetchUser(15).scheduleOn' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plainFunctionWithExecutor' is not a coroutine, so it cannot await the task; start it with fetchUser(15).scheduleOn(&evb).start(){{$}}
}

// ---- 4. Locals that are never awaited --------------------------------------

folly::coro::Task<int> unusedLocals(Store &store) {
  auto user = fetchUser(16);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto user = co_await fetchUser(16);{{$}}
  auto visit = recordVisit(17);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await recordVisit(17);{{$}}
  auto refreshed = store.refresh();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'refreshed' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await store.refresh();{{$}}
  co_return 0;
}

// ---- 5. Coroutine lambdas stored as void callbacks -------------------------

folly::coro::Task<void> droppedCallbacks(folly::EventBase &evb) {
  evb.add([]() -> folly::coro::Task<void> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: coroutine lambda returning a lazy task is stored as 'Func' (aka '{{(std::)?}}function<void ()>'), which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: inside the callback, start it with folly::coro::co_withExecutor(executor, <task>).start(), or run it with folly::coro::blockingWait(<task>) from outside any coroutine; or give the callback a type whose signature returns the task
  std::function<void()> hook;
  hook = []() -> folly::coro::Task<int> { co_return 1; };
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: inside the callback,
  hook();
  co_return;
}

// ---- Quiet: correct code ---------------------------------------------------

folly::coro::Task<int> awaited(Store &store, folly::EventBase &evb) {
  int a = co_await fetchUser(20);
  co_await recordVisit(a);
  co_await store.load(21);
  co_await FetchOrders{}(22);
  co_await store.refresh();
  auto later = fetchUser(23); // awaited later
  int b = co_await std::move(later);
  auto moved = fetchUser(24);
  auto elsewhere = std::move(moved); // moved into another variable
  co_await std::move(elsewhere);
  std::vector<folly::coro::Task<int>> batch;
  batch.push_back(fetchUser(25)); // stored in a container
  batch.emplace_back(store.load(26));
  for (auto &task : batch)
    co_await std::move(task);
  auto [x, y] = co_await folly::coro::collectAll(fetchUser(27), recordVisit(28));
  co_await recordVisit(29).scheduleOn(&evb);
  co_await folly::coro::co_withExecutor(&evb, recordVisit(30));
  std::function<folly::coro::Task<>()> callback = [] { return recordVisit(31); };
  co_await callback();
  co_return co_await store.load(a + b + x);
}

folly::coro::Task<int> returned() { return fetchUser(40); }

folly::coro::Task<int> forwarded() { co_return co_await returned(); }

folly::SemiFuture<int> started(folly::EventBase &evb) {
  recordVisit(41).scheduleOn(&evb).start();
  folly::coro::co_withExecutor(&evb, recordVisit(42)).start();
  auto semi = fetchUser(43).semi();
  return std::move(semi);
}

int main() {
  folly::EventBase evb;
  int a = folly::coro::blockingWait(fetchUser(50));
  folly::coro::blockingWait(recordVisit(51));
  folly::coro::blockingWait(recordVisit(52).scheduleOn(&evb));
  auto task = forwarded();
  int b = folly::coro::blockingWait(std::move(task));
  auto [x, y] = folly::coro::blockingWait(
      folly::coro::collectAll(fetchUser(53), recordVisit(54)));
  int c = cppcoro::sync_wait(legacyFetch(55));
  return a + b + x + c + started(evb).get();
}
