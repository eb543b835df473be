// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/cppcoro

// A coroutine lambda stored as a void callback throws its task away wherever
// the callback is initialised: in a function body (covered by the framework
// tests), but also in a default member initialiser, a constructor's member
// initialiser list, or a variable at namespace scope.

#include <cppcoro/task.hpp>
#include <functional>

struct Service {
  std::function<void()> on_stop = []() -> cppcoro::task<> { co_return; };
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:35: note: inside the callback, run it with cppcoro::sync_wait(<task>) from outside any coroutine; or give the callback a type whose signature returns the task
  std::function<void()> on_start;
  Service() : on_start([]() -> cppcoro::task<> { co_return; }) {}
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:24: note: inside the callback,
};

std::function<void()> global_hook = []() -> cppcoro::task<int> { co_return 1; };
// CHECK-MESSAGES: :[[@LINE-1]]:37: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
// CHECK-MESSAGES: :[[@LINE-2]]:37: note: inside the callback,
