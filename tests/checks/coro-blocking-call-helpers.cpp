// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20 -isystem %inputs/cppcoro
// RUN: %check_coro_lint --check-suffix=DEPTH2 --config="{CheckOptions: {coro-blocking-call.MaxHelperDepth: 2}}" %s coro-blocking-call %t -- -std=c++20 -isystem %inputs/cppcoro

// coro-blocking-call through helper functions of the translation unit: the
// finding is at the call in the coroutine, with one note per hop. Chains are
// shortest-first, cycle-safe and at most MaxHelperDepth functions long
// (default 4; DEPTH2 sets 2).

#include <chrono>
#include <cppcoro/task.hpp>
#include <thread>

void backoff() { std::this_thread::sleep_for(std::chrono::milliseconds(5)); }

// ---- 1. One hop and two hops ------------------------------------------------

void retry_step() { backoff(); }

cppcoro::task<> one_hop() {
  backoff();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'backoff' blocks the event loop thread through 'std::this_thread::sleep_for', which sleeps the calling thread (sleep): every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-9]]:18: note: 'backoff' calls 'std::this_thread::sleep_for' here
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: move the blocking work off the event loop: co_await
  // CHECK-MESSAGES-DEPTH2: :[[@LINE-4]]:3: warning: call to 'backoff' blocks the event loop thread
  co_return;
}

cppcoro::task<> two_hops() {
  retry_step();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'retry_step' blocks the event loop thread through 'std::this_thread::sleep_for', which sleeps the calling thread (sleep): every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-14]]:21: note: 'retry_step' calls 'backoff'
  // CHECK-MESSAGES: :[[@LINE-19]]:18: note: 'backoff' calls 'std::this_thread::sleep_for' here
  // CHECK-MESSAGES-DEPTH2: :[[@LINE-4]]:3: warning: call to 'retry_step' blocks the event loop thread
  co_return;
}

// ---- 2. A cycle: the search ends, and finds the way out of it ----------------

void ping(int n);
void pong(int n) {
  if (n > 0)
    ping(n - 1);
}
void ping(int n) {
  if (n == 0)
    backoff();
  pong(n);
}
void spin_forever(int n) { spin_forever(n + 1); }

cppcoro::task<> cycles() {
  pong(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'pong' blocks the event loop thread through 'std::this_thread::sleep_for'
  // CHECK-MESSAGES: :[[@LINE-12]]:5: note: 'pong' calls 'ping'
  // CHECK-MESSAGES: :[[@LINE-9]]:5: note: 'ping' calls 'backoff'
  // CHECK-MESSAGES: :[[@LINE-43]]:18: note: 'backoff' calls 'std::this_thread::sleep_for' here
  spin_forever(0); // Recursive, but never blocks: quiet.
  co_return;
}

// ---- 3. Depth: four functions deep is found by default, cut at two -----------

void level4() { backoff(); }
void level3() { level4(); }
void level2() { level3(); }

cppcoro::task<> deep() {
  level3();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'level3' blocks the event loop thread through 'std::this_thread::sleep_for'
  level2();
  // The chain level2, level3, level4, backoff is four functions long.
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: call to 'level2' blocks the event loop thread through 'std::this_thread::sleep_for'
  co_return;
}

// ---- 4. Members, constructors, templates and lambdas kept in variables ------

struct Config {
  Config() { backoff(); }
  void reload() { backoff(); }
};

template <typename T> T load_slowly(T value) {
  backoff();
  return value;
}

cppcoro::task<> other_helpers(Config &config) {
  config.reload();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'Config::reload' blocks the event loop thread through 'std::this_thread::sleep_for'
  // CHECK-MESSAGES-DEPTH2: :[[@LINE-2]]:3: warning: call to 'Config::reload' blocks
  Config fresh;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: constructing 'Config' blocks the event loop thread through 'std::this_thread::sleep_for'
  // CHECK-MESSAGES-DEPTH2: :[[@LINE-2]]:10: warning: constructing 'Config' blocks
  int n = load_slowly(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: call to 'load_slowly' blocks the event loop thread through 'std::this_thread::sleep_for'
  // CHECK-MESSAGES-DEPTH2: :[[@LINE-2]]:11: warning: call to 'load_slowly' blocks
  auto wait_a_bit = [] { backoff(); };
  wait_a_bit();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'wait_a_bit' blocks the event loop thread through 'std::this_thread::sleep_for'
  // CHECK-MESSAGES: :[[@LINE-3]]:26: note: the lambda calls 'backoff'
  // CHECK-MESSAGES-DEPTH2: :[[@LINE-3]]:3: warning: call to 'wait_a_bit' blocks
  (void)n;
  co_return;
}

// A lambda passed to a helper runs when the helper calls it: the finding is
// at the call of the helper, once.
template <typename F> void with_retry(F step) { step(); }

cppcoro::task<> lambda_through_helper() {
  with_retry([] { std::this_thread::sleep_for(std::chrono::seconds(1)); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'with_retry' blocks the event loop thread through 'std::this_thread::sleep_for'
  // CHECK-MESSAGES-DEPTH2: :[[@LINE-2]]:3: warning: call to 'with_retry' blocks
  co_return;
}

// ---- 5. Quiet: helpers that do not block, and blocking helpers called from
// plain functions or handed to a thread --------------------------------------

int add(int a, int b) { return a + b; }
void blocking_main_helper() { retry_step(); }

cppcoro::task<> quiet_helpers() {
  int sum = add(1, 2);
  std::thread worker([] { retry_step(); });
  worker.detach();
  (void)sum;
  co_return;
}
