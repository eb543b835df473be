// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/promise-alias

// A task type that no knowledge file names is inferred from its promise_type
// and its await members. When promise_type is an alias of a promise class
// template that is only declared for this T so far (the coroutines returning
// Task<int> are defined elsewhere), its definition is read from the template,
// as for Task<void>, whose promise is an explicit specialization.

#include <promise_alias/task.hpp>
#include <string>

promise_alias::Task<int> count_rows();
promise_alias::Task<std::string> load_name();
promise_alias::Task<> save();

promise_alias::Task<> handler() {
  count_rows();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'count_rows' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await count_rows();{{$}}
  load_name();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'load_name' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await load_name();{{$}}
  save();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'save' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await save();{{$}}
  int rows = co_await count_rows(); // Quiet.
  (void)rows;
  co_await save(); // Quiet.
}
