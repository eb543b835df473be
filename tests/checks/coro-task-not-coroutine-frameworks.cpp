// RUN: %check_coro_lint %s coro-task-not-coroutine %t -- -std=c++20 -isystem %inputs/cppcoro -isystem %inputs/concurrencpp -isystem %inputs/seastar -isystem %inputs/folly

// coro-task-not-coroutine with the mocks of cppcoro and folly (lazy tasks),
// concurrencpp and Seastar (eager ones), and a task type no knowledge file
// names (a class with a promise_type that can be awaited). Each message says
// which kind of task the function fails to return.

#include <concurrencpp/concurrencpp.h>
#include <coroutine>
#include <cppcoro/task.hpp>
#include <folly/coro/Task.h>
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <string>

void log_line(const std::string &line);

// ---- cppcoro ----------------------------------------------------------------

cppcoro::task<int> load(int id) { co_return id; }

cppcoro::task<> warm_cache() { log_line("warming"); }
// CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'warm_cache' returns a lazy task 'cppcoro::task<>' but is not a coroutine (no co_await, co_return or co_yield): its body runs at the call and falls off the end without returning a task [coro-task-not-coroutine]
// CHECK-FIXES: {{^}}cppcoro::task<> warm_cache() { log_line("warming"); co_return; }{{$}}

cppcoro::task<int> load_twice(int id) { return load(id); } // a wrapper

// ---- folly ------------------------------------------------------------------

folly::coro::Task<int> follyLoad(int id) {
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'follyLoad' returns a lazy task 'folly::coro::Task<int>' but is not a coroutine
  log_line("loading");
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: {{.*}} because the task's result is not void

// ---- concurrencpp -----------------------------------------------------------

concurrencpp::result<void> notify(int id) {
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'notify' returns an eager task 'concurrencpp::result<void>' but is not a coroutine (no co_await, co_return or co_yield): its body runs at the call and falls off the end without returning a task
  log_line("notified");
}
// CHECK-FIXES: {{^}}  log_line("notified");{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_return;{{$}}

concurrencpp::lazy_result<int> compute(int x) { co_return x; }
concurrencpp::lazy_result<int> compute_or_not(int x) {
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'compute_or_not' returns a lazy task 'concurrencpp::lazy_result<int>' but is not a coroutine {{.*}} can fall off the end without returning a task
  if (x > 0)
    return compute(x);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: a path without a return statement reaches the end of the body here

// ---- Seastar ----------------------------------------------------------------

seastar::future<> flush() {
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'flush' returns an eager task 'seastar::future<>' but is not a coroutine
  log_line("flushing");
}
// CHECK-FIXES: {{^}}  log_line("flushing");{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_return;{{$}}

seastar::future<int> ready_value() { return seastar::make_ready_future<int>(1); }

// ---- A task type known by its promise_type ----------------------------------

namespace mylib {
struct Job {
  struct promise_type {
    Job get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
} // namespace mylib

mylib::Job cleanup() { log_line("cleanup"); }
// CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'cleanup' returns a lazy task 'mylib::Job' but is not a coroutine
// CHECK-FIXES: {{^}}mylib::Job cleanup() { log_line("cleanup"); co_return; }{{$}}

// Its own members return a Job on every path.
mylib::Job make_job() { return mylib::Job::promise_type().get_return_object(); }
