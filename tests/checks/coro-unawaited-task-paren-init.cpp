// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/cppcoro

// A void task kept in a local that is never mentioned again is fixed by
// dropping the variable: `auto v = f();` becomes `co_await f();`. When the
// initialiser is parenthesised, the fix must still give balanced, compiling
// code (the runner compiles the fixed file).

#include <cppcoro/task.hpp>

cppcoro::task<int> fetch_user(int id) { co_return id; }
cppcoro::task<> record_visit(int id) { co_return; }

cppcoro::task<> parenthesised_locals() {
  auto visit = (record_visit(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  {{(co_await record_visit\(1\);|co_await \(record_visit\(1\)\);)}}{{$}}
  auto user = (fetch_user(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto user = {{(\(co_await fetch_user\(2\)\)|co_await \(fetch_user\(2\)\))}};{{$}}
  co_return;
}
