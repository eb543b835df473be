// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/cppcoro

// A task dropped in the init-statement of if, switch, a for loop or a range
// for loop is discarded like any other expression statement: it must be
// reported, with the same co_await fix-it inside a coroutine.

#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <vector>

cppcoro::task<int> fetch_user(int id) { co_return id; }
cppcoro::task<> record_visit(int id) { co_return; }

cppcoro::task<> init_statements(std::vector<int> ids) {
  if (record_visit(1); ids.empty())
    co_return;
  // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: lazy task returned by 'record_visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  if (co_await record_visit(1); ids.empty()){{$}}
  switch (fetch_user(2); ids.size()) {
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  switch (co_await fetch_user(2); ids.size()) {{{$}}
  default:
    break;
  }
  for (record_visit(3); !ids.empty(); ids.pop_back()) {
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task returned by 'record_visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  for (co_await record_visit(3); !ids.empty(); ids.pop_back()) {{{$}}
  }
  for (fetch_user(4); int id : ids)
    co_await record_visit(id);
  // CHECK-MESSAGES: :[[@LINE-2]]:8: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  for (co_await fetch_user(4); int id : ids){{$}}
}

void plain_function(std::vector<int> ids) {
  if (fetch_user(5); ids.empty())
    return;
  // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'plain_function' is not a coroutine, so it cannot await the task; run it with cppcoro::sync_wait(fetch_user(5)) from outside any coroutine
  for (record_visit(6);;)
    break;
  // CHECK-MESSAGES: :[[@LINE-2]]:8: warning: lazy task returned by 'record_visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-3]]:8: note: 'plain_function' is not a coroutine, so it cannot await the task; run it with cppcoro::sync_wait(record_visit(6)) from outside any coroutine
}

// A declaration in an init-statement is a local like any other.
cppcoro::task<> unused_local_in_init_statement(std::vector<int> ids) {
  if (auto user = fetch_user(7); ids.empty())
    co_return;
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  if (auto user = co_await fetch_user(7); ids.empty()){{$}}
}
