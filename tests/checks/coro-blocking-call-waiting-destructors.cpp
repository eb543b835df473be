// RUN: %check_coro_lint %s coro-blocking-call %t -- %asio_flags

// Destructors that wait (knowledge: a blocking-call entry named `T::~T`): a
// std::jthread local joins its thread when it goes out of scope, and a
// std::future that std::async returned waits for the task. Reported at the
// variable, in a coroutine or in a helper it calls, unless the function
// joins, detaches, takes the result of, or moves the object first (then the
// destructor has nothing to wait for, and the call that waits, if any, is
// the finding).

#include <asio.hpp>
#include <chrono>
#include <future>
#include <thread>
#include <utility>

void work() {}
int compute() { return 42; }

asio::awaitable<void> joins_at_end() {
  std::jthread worker(work);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: destroying 'worker' waits for the thread to finish when it goes out of scope (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  co_return;
}

asio::awaitable<void> kept_future() {
  auto pending = std::async(std::launch::async, compute);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: destroying 'pending' waits for the task std::async started when it goes out of scope (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  co_return;
}

void helper() {
  std::jthread worker(work);
}

asio::awaitable<void> through_helper() {
  helper();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'helper' blocks the event loop thread through destroying 'worker', which waits for the thread to finish when it goes out of scope (thread-wait): every coroutine on this loop waits [coro-blocking-call]
  co_return;
}

// Detached, moved away, or waited on explicitly (that wait is reported).
std::jthread keep;

asio::awaitable<void> handled() {
  std::jthread detached(work);
  detached.detach();
  std::jthread moved(work);
  keep = std::move(moved);
  auto taken = std::async(std::launch::async, compute);
  int value = taken.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'std::future::get' {{.*}}
  (void)value;
  co_return;
}

// A future that did not come from std::async does not wait when destroyed.
asio::awaitable<void> promised() {
  std::promise<int> promise;
  std::future<int> result = promise.get_future();
  promise.set_value(1);
  co_return;
}

// A std::thread does not join in its destructor (it terminates instead).
asio::awaitable<void> plain_thread() {
  std::thread worker(work);
  worker.detach();
  co_return;
}
