// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/cppcoro

// A lambda that is not itself a coroutine but returns a task drops that task
// just as well when stored as a void callback; the warning must not call it
// a "coroutine lambda".

#include <cppcoro/task.hpp>
#include <functional>

cppcoro::task<> record_visit(int id) { co_return; }

void on_shutdown(std::function<void()> hook) {}

void register_hooks() {
  on_shutdown([] { return record_visit(1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: {{(lambda|callable)}} returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES-NOT: coroutine lambda
  on_shutdown([]() -> cppcoro::task<> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
}
