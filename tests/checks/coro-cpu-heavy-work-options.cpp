// RUN: %check_coro_lint %s coro-cpu-heavy-work %t -- -std=c++20 -isystem %inputs/cppcoro
// RUN: %check_coro_lint --check-suffix=LOW --config="{CheckOptions: {coro-cpu-heavy-work.IterationThreshold: 1000, coro-cpu-heavy-work.NestingThreshold: 2}}" %s coro-cpu-heavy-work %t -- -std=c++20 -isystem %inputs/cppcoro
// RUN: %check_coro_lint --check-suffix=HIGH --config="{CheckOptions: {coro-cpu-heavy-work.IterationThreshold: 10000000, coro-cpu-heavy-work.NestingThreshold: 4}}" %s coro-cpu-heavy-work %t -- -std=c++20 -isystem %inputs/cppcoro
// RUN: %check_coro_lint --check-suffix=SHALLOW --config="{CheckOptions: {coro-cpu-heavy-work.MaxHelperDepth: 1}}" %s coro-cpu-heavy-work %t -- -std=c++20 -isystem %inputs/cppcoro

// The options of coro-cpu-heavy-work, with the cppcoro mock. Every run has
// its own expectations:
//   (default)  IterationThreshold 1,000,000, NestingThreshold 3;
//   LOW        IterationThreshold 1,000, NestingThreshold 2: smaller loops
//              and shallower nests are reported;
//   HIGH       IterationThreshold 10,000,000, NestingThreshold 4: only the
//              largest loop and the deepest nest are;
//   SHALLOW    MaxHelperDepth 1: a helper is followed one call deep, so the
//              loop two calls away is not found.

#include <cppcoro/task.hpp>
#include <vector>

using Cube = std::vector<std::vector<std::vector<std::vector<int>>>>;

cppcoro::task<long> thresholds(const Cube &cube) {
  long total = 0;
  for (int i = 0; i < 999; ++i) // Below LOW's 1,000.
    total += i;
  for (int i = 0; i < 1000; ++i) // At LOW's 1,000.
  // CHECK-MESSAGES-LOW: :[[@LINE-1]]:3: warning: loop runs 1,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
    total += i;
  for (int i = 0; i < 999'999; ++i) // Below the default.
  // CHECK-MESSAGES-LOW: :[[@LINE-1]]:3: warning: loop runs 999,999 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
    total += i;
  for (int i = 0; i < 1'000'000; ++i) // At the default.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop runs 1,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES-LOW: :[[@LINE-2]]:3: warning: loop runs 1,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES-SHALLOW: :[[@LINE-3]]:3: warning: loop runs 1,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
    total += i;
  for (long i = 0; i < 9'999'999; ++i) // Below HIGH's 10,000,000.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop runs 9,999,999 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES-LOW: :[[@LINE-2]]:3: warning: loop runs 9,999,999 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES-SHALLOW: :[[@LINE-3]]:3: warning: loop runs 9,999,999 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
    total += i;
  for (long i = 0; i < 10'000'000; ++i) // At HIGH's.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop runs 10,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES-LOW: :[[@LINE-2]]:3: warning: loop runs 10,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES-HIGH: :[[@LINE-3]]:3: warning: loop runs 10,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES-SHALLOW: :[[@LINE-4]]:3: warning: loop runs 10,000,000 iterations without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
    total += i;
  for (const auto &a : cube) // Two deep.
  // CHECK-MESSAGES-LOW: :[[@LINE-1]]:3: warning: nest of 2 loops with runtime bounds runs without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
    for (const auto &b : a)
      total += b.size();
  for (const auto &a : cube) // Three deep.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: nest of 3 loops with runtime bounds runs without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES-LOW: :[[@LINE-2]]:3: warning: nest of 3 loops with runtime bounds runs without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES-SHALLOW: :[[@LINE-3]]:3: warning: nest of 3 loops with runtime bounds runs without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
    for (const auto &b : a)
      for (const auto &c : b)
        total += c.size();
  for (const auto &a : cube) // Four deep.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: nest of 4 loops with runtime bounds runs without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES-LOW: :[[@LINE-2]]:3: warning: nest of 4 loops with runtime bounds runs without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES-HIGH: :[[@LINE-3]]:3: warning: nest of 4 loops with runtime bounds runs without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
  // CHECK-MESSAGES-SHALLOW: :[[@LINE-4]]:3: warning: nest of 4 loops with runtime bounds runs without suspending: nothing else runs on this event loop until it ends [coro-cpu-heavy-work]
    for (const auto &b : a)
      for (const auto &c : b)
        for (int d : c)
          total += d;
  co_return total;
}

long inner_sum() {
  long total = 0;
  for (int i = 0; i < 20'000'000; ++i)
    total += i;
  return total;
}

long outer_sum() { return inner_sum() + 1; }

cppcoro::task<long> through_helpers() {
  long direct = inner_sum(); // One call away: found with MaxHelperDepth 1.
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: call to 'inner_sum' does CPU-heavy work on the event loop thread (a loop of 20,000,000 iterations): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES-LOW: :[[@LINE-2]]:17: warning: call to 'inner_sum' does CPU-heavy work on the event loop thread (a loop of 20,000,000 iterations): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES-HIGH: :[[@LINE-3]]:17: warning: call to 'inner_sum' does CPU-heavy work on the event loop thread (a loop of 20,000,000 iterations): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES-SHALLOW: :[[@LINE-4]]:17: warning: call to 'inner_sum' does CPU-heavy work on the event loop thread (a loop of 20,000,000 iterations): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  long indirect = outer_sum(); // Two calls away: not.
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: call to 'outer_sum' does CPU-heavy work on the event loop thread (a loop of 20,000,000 iterations): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES-LOW: :[[@LINE-2]]:19: warning: call to 'outer_sum' does CPU-heavy work on the event loop thread (a loop of 20,000,000 iterations): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES-HIGH: :[[@LINE-3]]:19: warning: call to 'outer_sum' does CPU-heavy work on the event loop thread (a loop of 20,000,000 iterations): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  co_return direct + indirect;
}
