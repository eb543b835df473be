// RUN: %check_coro_lint %s coro-nested-event-loop %t -- -std=c++20 -isystem %inputs/concurrencpp

// coro-nested-event-loop and waits on results that are complete already:
// the elements of an awaited when_all or when_any, a result made ready, and
// one that a readiness test on the path says is complete. None of them
// blocks, in the coroutine or in a helper it is passed to; any other result
// still does, and a helper that waits on a result passed in says so.

#include <cassert>
#include <concurrencpp/concurrencpp.h>
#include <stdexcept>
#include <tuple>
#include <utility>

using concurrencpp::result;
using concurrencpp::result_status;

result<int> fetch(int id) { co_return id; }

int total = 0;

// A test helper that reads a result's value.
void consume(result<int> r) { total += r.get(); }

// One that checks the status first: its get() never waits.
void consume_checked(result<int> r) {
  if (r.status() != result_status::value)
    throw std::logic_error("not ready");
  total += r.get();
}

// ---- 1. The elements of an awaited combinator ---------------------------------

result<int> combined() {
  auto done = co_await concurrencpp::when_all(fetch(1), fetch(2));
  int sum = std::get<0>(done).get() + std::get<1>(done).get(); // Quiet.
  consume(std::move(std::get<0>(done)));                        // Quiet.
  auto [left, right] = co_await concurrencpp::when_all(fetch(3), fetch(4));
  sum += left.get() + right.get(); // Quiet.
  auto all = concurrencpp::when_all(fetch(5));
  auto finished = co_await std::move(all);
  consume(std::move(std::get<0>(finished))); // Quiet.
  auto any = co_await concurrencpp::when_any(fetch(6), fetch(7));
  switch (any.index) {
  case 0:
    sum += std::get<0>(any.results).get(); // Quiet.
    break;
  default:
    consume(std::move(std::get<1>(any.results))); // Quiet.
  }
  co_return sum;
}

// ---- 2. Made ready, and tested ready on the path ------------------------------

result<int> tested(result<int> r, result<int> s, result<int> t) {
  auto ready = concurrencpp::make_ready_result(5);
  int sum = ready.get(); // Quiet.
  if (r.status() == result_status::value)
    sum += r.get(); // Quiet.
  if (s.status() != result_status::value && s.status() != result_status::exception)
    co_return sum;
  sum += s.get(); // Quiet: the early return leaves only complete results.
  assert(t.status() == result_status::value);
  sum += t.get(); // Quiet.
  consume_checked(fetch(8)); // Quiet: the helper checks.
  co_return sum;
}

// ---- 3. Still waits -----------------------------------------------------------

result<int> waits(result<int> r, result<int> s) {
  int sum = 0;
  if (r.status() == result_status::idle)
    sum += r.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'concurrencpp::result::get' blocks the thread until the result is ready inside a coroutine
  // CHECK-FIXES: {{^}}    sum += co_await std::move(r);{{$}}
  auto pending = concurrencpp::when_all(fetch(9));
  auto tuple = pending.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'concurrencpp::result::get' blocks the thread until the result is ready inside a coroutine
  // CHECK-FIXES: {{^}}  auto tuple = co_await std::move(pending);{{$}}
  consume(std::move(s));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'consume' blocks on an event loop inside a coroutine through 'concurrencpp::result::get'
  // CHECK-MESSAGES: :[[@LINE-61]]:40: note: 'consume' does this only when 'r' is not complete yet
  (void)tuple;
  co_return sum;
}
