// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/cppcoro
// RUN: %check_coro_lint --check-suffix=CAST --config="{CheckOptions: {coro-unawaited-task.AllowCastToVoid: true}}" %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/cppcoro
// RUN: %check_coro_lint --check-suffix=IGNORED --config="{CheckOptions: {coro-unawaited-task.IgnoredTaskTypes: 'cppcoro::task'}}" %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/cppcoro
// RUN: %check_coro_lint --check-suffix=TYPES --config="{CheckOptions: {coro-unawaited-task.TaskTypes: 'mine::Job;mine::Eager=eager'}}" %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/cppcoro

// The options of coro-unawaited-task, with the cppcoro mock:
//   (default)               a cast to void does not hide a dropped task;
//   CAST    AllowCastToVoid: true          (void)f() and static_cast<void>(f())
//                                          are taken as deliberate;
//   IGNORED IgnoredTaskTypes: cppcoro::task  cppcoro::task is never a task,
//                                          cppcoro::shared_task still is;
//   TYPES   TaskTypes: mine::Job (lazy), mine::Eager (eager)  classes that are
//                                          no coroutine types become tasks.
// Every run has its own expectations: CHECK-MESSAGES / CHECK-FIXES for the
// default, CHECK-MESSAGES-<suffix> / CHECK-FIXES-<suffix> for the others.

#include <cppcoro/shared_task.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <utility>

// Handles to work that some other system runs: not coroutine types at all.
namespace mine {
struct Job {
  int id;
};
struct Eager {
  int id;
};
Job schedule_job(int id) { return Job{id}; }
Eager start_now(int id) { return Eager{id}; }
} // namespace mine

cppcoro::task<int> fetch_user(int id) { co_return id; }
cppcoro::shared_task<> warm_cache() { co_return; }

// ---- 1. Casts to void outside a coroutine ----------------------------------

void casts_in_plain_function() {
  (void)fetch_user(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: 'casts_in_plain_function' is not a coroutine, so it cannot await the task; run it with cppcoro::sync_wait(fetch_user(1)) from outside any coroutine
  // CHECK-MESSAGES-TYPES: :[[@LINE-3]]:9: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES-TYPES: :[[@LINE-4]]:9: note: 'casts_in_plain_function' is not a coroutine, so it cannot await the task; run it with cppcoro::sync_wait(fetch_user(1)) from outside any coroutine
  static_cast<void>(warm_cache());
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: lazy task returned by 'warm_cache' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: 'casts_in_plain_function' is not a coroutine, so it cannot await the task; run it with cppcoro::sync_wait(warm_cache()) from outside any coroutine
  // CHECK-MESSAGES-IGNORED: :[[@LINE-3]]:21: warning: lazy task returned by 'warm_cache' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES-IGNORED: :[[@LINE-4]]:21: note: 'casts_in_plain_function' is not a coroutine, so it cannot await the task; run it with cppcoro::sync_wait(warm_cache()) from outside any coroutine
  // CHECK-MESSAGES-TYPES: :[[@LINE-5]]:21: warning: lazy task returned by 'warm_cache' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES-TYPES: :[[@LINE-6]]:21: note: 'casts_in_plain_function' is not a coroutine, so it cannot await the task; run it with cppcoro::sync_wait(warm_cache()) from outside any coroutine
  fetch_user(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES-CAST: :[[@LINE-2]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES-CAST: :[[@LINE-3]]:3: note: 'casts_in_plain_function' is not a coroutine, so it cannot await the task; run it with cppcoro::sync_wait(fetch_user(2)) from outside any coroutine
  // CHECK-MESSAGES-TYPES: :[[@LINE-4]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
}

// ---- 2. Casts to void inside a coroutine -----------------------------------

cppcoro::shared_task<> casts_in_coroutine() {
  (void)fetch_user(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  (void)co_await fetch_user(3);{{$}}
  // CHECK-FIXES-CAST: {{^}}  (void)fetch_user(3);{{$}}
  // CHECK-FIXES-IGNORED: {{^}}  (void)fetch_user(3);{{$}}
  // CHECK-MESSAGES-TYPES: :[[@LINE-5]]:9: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES-TYPES: {{^}}  (void)co_await fetch_user(3);{{$}}
  static_cast<void>(warm_cache());
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: lazy task returned by 'warm_cache' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  static_cast<void>(co_await warm_cache());{{$}}
  // CHECK-FIXES-CAST: {{^}}  static_cast<void>(warm_cache());{{$}}
  // CHECK-MESSAGES-IGNORED: :[[@LINE-4]]:21: warning: lazy task returned by 'warm_cache' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES-IGNORED: {{^}}  static_cast<void>(co_await warm_cache());{{$}}
  // CHECK-MESSAGES-TYPES: :[[@LINE-6]]:21: warning: lazy task returned by 'warm_cache' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES-TYPES: {{^}}  static_cast<void>(co_await warm_cache());{{$}}
  warm_cache();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'warm_cache' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await warm_cache();{{$}}
  // CHECK-MESSAGES-CAST: :[[@LINE-3]]:3: warning: lazy task returned by 'warm_cache' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES-CAST: {{^}}  co_await warm_cache();{{$}}
  // CHECK-MESSAGES-IGNORED: :[[@LINE-5]]:3: warning: lazy task returned by 'warm_cache' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES-IGNORED: {{^}}  co_await warm_cache();{{$}}
  // CHECK-MESSAGES-TYPES: :[[@LINE-7]]:3: warning: lazy task returned by 'warm_cache' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES-TYPES: {{^}}  co_await warm_cache();{{$}}
  co_return;
}

// ---- 3. An ignored task type -----------------------------------------------

cppcoro::shared_task<> ignored_types() {
  fetch_user(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await fetch_user(4);{{$}}
  // CHECK-MESSAGES-CAST: :[[@LINE-3]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES-CAST: {{^}}  co_await fetch_user(4);{{$}}
  // CHECK-FIXES-IGNORED: {{^}}  fetch_user(4);{{$}}
  // CHECK-MESSAGES-TYPES: :[[@LINE-6]]:3: warning: lazy task returned by 'fetch_user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES-TYPES: {{^}}  co_await fetch_user(4);{{$}}
  auto user = fetch_user(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto user = co_await fetch_user(5);{{$}}
  // CHECK-MESSAGES-CAST: :[[@LINE-3]]:8: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES-CAST: {{^}}  auto user = co_await fetch_user(5);{{$}}
  // CHECK-FIXES-IGNORED: {{^}}  auto user = fetch_user(5);{{$}}
  // CHECK-MESSAGES-TYPES: :[[@LINE-6]]:8: warning: lazy task 'user' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES-TYPES: {{^}}  auto user = co_await fetch_user(5);{{$}}
  auto warmed = warm_cache();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'warmed' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await warm_cache();{{$}}
  // CHECK-MESSAGES-CAST: :[[@LINE-3]]:8: warning: lazy task 'warmed' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES-CAST: {{^}}  co_await warm_cache();{{$}}
  // CHECK-MESSAGES-IGNORED: :[[@LINE-5]]:8: warning: lazy task 'warmed' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES-IGNORED: {{^}}  co_await warm_cache();{{$}}
  // CHECK-MESSAGES-TYPES: :[[@LINE-7]]:8: warning: lazy task 'warmed' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES-TYPES: {{^}}  co_await warm_cache();{{$}}
  co_return;
}

// ---- 4. Task types named by the TaskTypes option ---------------------------

void custom_types() {
  mine::schedule_job(6);
  // CHECK-MESSAGES-TYPES: :[[@LINE-1]]:3: warning: lazy task returned by 'mine::schedule_job' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES-TYPES: :[[@LINE-2]]:3: note: 'custom_types' is not a coroutine, so it cannot await the task; await it from a coroutine, or start it with its framework's runner{{$}}
  mine::start_now(7);
  // CHECK-MESSAGES-TYPES: :[[@LINE-1]]:3: warning: eager task returned by 'mine::start_now' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-MESSAGES-TYPES: :[[@LINE-2]]:3: note: 'custom_types' is not a coroutine, so it cannot await the task; await it from a coroutine, or start it with its framework's runner{{$}}
  auto job = mine::schedule_job(8);
  // CHECK-MESSAGES-TYPES: :[[@LINE-1]]:8: warning: lazy task 'job' is never awaited: it never runs [coro-unawaited-task]
  auto eager = mine::start_now(9);
  // CHECK-MESSAGES-TYPES: :[[@LINE-1]]:8: warning: eager task 'eager' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  (void)mine::start_now(10);
  // CHECK-MESSAGES-TYPES: :[[@LINE-1]]:9: warning: eager task returned by 'mine::start_now' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
}

// A cppcoro coroutine cannot await them: a note, no fix.
cppcoro::shared_task<> custom_types_in_coroutine() {
  mine::schedule_job(11);
  // CHECK-MESSAGES-TYPES: :[[@LINE-1]]:3: warning: lazy task returned by 'mine::schedule_job' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES-TYPES: :[[@LINE-2]]:3: note: await it with 'co_await'; no fix-it is offered because this coroutine's task type may not be able to await a task of another framework
  mine::start_now(12);
  // CHECK-MESSAGES-TYPES: :[[@LINE-1]]:3: warning: eager task returned by 'mine::start_now' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-MESSAGES-TYPES: :[[@LINE-2]]:3: note: await it with 'co_await'; no fix-it is offered because this coroutine's task type may not be able to await a task of another framework
  co_return;
}

// ---- Quiet in every run ----------------------------------------------------

int handled() {
  mine::Job job = mine::schedule_job(20);
  mine::Eager eager = mine::start_now(21);
  int user = cppcoro::sync_wait(fetch_user(22));
  cppcoro::sync_wait(warm_cache());
  return job.id + eager.id + user;
}
