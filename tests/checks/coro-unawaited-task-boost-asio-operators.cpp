// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20

// Boost.Asio's awaitable operators combine two awaitables into a new one with
// a binary operator. A dropped combination is a dropped task; its fix must
// await the whole expression: `co_await a && b` would parse as
// `(co_await a) && b` and not compile (the runner compiles the fixed file).

#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>

namespace asio = boost::asio;
using namespace boost::asio::experimental::awaitable_operators;

asio::awaitable<int> fetch_user(int id) { co_return id; }
asio::awaitable<void> record_visit(int id) { co_return; }

asio::awaitable<void> combined() {
  fetch_user(1) && fetch_user(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by {{.*}} is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await (fetch_user(1) && fetch_user(2));{{$}}
  record_visit(3) || record_visit(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by {{.*}} is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await (record_visit(3) || record_visit(4));{{$}}
  auto both = fetch_user(5) && record_visit(6);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'both' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto both = co_await (fetch_user(5) && record_visit(6));{{$}}
  co_return;
}
