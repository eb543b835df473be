// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/folly -isystem %inputs/libcoro

// Some knowledge files' handle_with advice names the task twice:
//   folly:   "co_withExecutor(executor, <task>).start() or
//             folly::coro::blockingWait(<task>) from outside any coroutine"
//   libcoro: "coro::sync_wait(<task>) from outside any coroutine, or
//             scheduler.spawn(<task>)"
// Outside a coroutine the note must put the dropped call in for every
// <task>, not only for the first one.

#include <coro/task.hpp>
#include <folly/coro/Task.h>

folly::coro::Task<int> fetchUser(int id) { co_return id; }
coro::task<> record_visit(int id) { co_return; }

void plainFunction() {
  fetchUser(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetchUser' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plainFunction' is not a coroutine, so it cannot await the task; start it with folly::coro::co_withExecutor(executor, fetchUser(1)).start(), or run it with folly::coro::blockingWait(fetchUser(1)) from outside any coroutine{{$}}
  auto user = fetchUser(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: 'plainFunction' is not a coroutine, so it cannot await the task; start it with folly::coro::co_withExecutor(executor, fetchUser(2)).start(), or run it with folly::coro::blockingWait(fetchUser(2)) from outside any coroutine{{$}}
  record_visit(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'record_visit' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plainFunction' is not a coroutine, so it cannot await the task; run it with coro::sync_wait(record_visit(3)) from outside any coroutine, or hand it to a scheduler with spawn(record_visit(3)){{$}}
}
