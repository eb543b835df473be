// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/cppcoro

// A local initialised with braces from a task call and never mentioned again
// loses its task exactly like one initialised with '=' or parentheses.

#include <cppcoro/task.hpp>

cppcoro::task<int> fetch_user(int id) { co_return id; }
cppcoro::task<> record_visit(int id) { co_return; }

cppcoro::task<> braced_locals() {
  auto user{fetch_user(1)};
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto user{co_await fetch_user(1)};{{$}}
  cppcoro::task<int> typed{fetch_user(2)};
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: lazy task 'typed' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:28: note: await it with 'co_await'; no fix-it is offered because the variable's declared type would have to become the task's result type
  // CHECK-FIXES: {{^}}  cppcoro::task<int> typed{fetch_user(2)};{{$}}
  auto visit{record_visit(3)};
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'visit' is never awaited: it never runs [coro-unawaited-task]
  // (Dropping the variable, as for `auto visit = record_visit(3);`, or no fix.)
  // CHECK-FIXES: {{^}}  {{(co_await record_visit\(3\);|auto visit[{]record_visit\(3\)[}];)}}{{$}}
  co_return;
}

void plain_function() {
  auto user{fetch_user(4)};
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: 'plain_function' is not a coroutine, so it cannot await the task; run it with cppcoro::sync_wait(fetch_user(4)) from outside any coroutine
}
