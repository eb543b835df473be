// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20
// RUN: %corolint %s -- -std=c++20 > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=STATS --input-file=%t.err
// STATS: corolint: not shown: 7 suppressed by NOLINT

// The NOLINT comments (plain, naming coro-unawaited-task, or a glob matching
// it; on the line, on the line before, or around a block) silence
// coro-unawaited-task; one naming another check does not.

#include <coroutine>

namespace mylib {
template <class T = void> struct Job {
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

mylib::Job<> work(int);

mylib::Job<> suppressed() {
  work(1); // NOLINT
  work(2); // NOLINT(coro-unawaited-task)
  work(3); // NOLINT(coro-*)
  // NOLINTNEXTLINE
  work(4);
  // NOLINTNEXTLINE(coro-unawaited-task)
  work(5);
  // NOLINTBEGIN(coro-unawaited-task)
  work(6);
  auto unused = work(7);
  // NOLINTEND(coro-unawaited-task)
  co_return;
}

mylib::Job<> not_suppressed() {
  work(10); // NOLINT(some-other-check)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'work' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await work(10); // NOLINT(some-other-check){{$}}
  // NOLINTNEXTLINE(some-other-check)
  work(11);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'work' is never awaited
  // CHECK-FIXES: {{^}}  co_await work(11);{{$}}
  // NOLINTBEGIN(some-other-check)
  work(12);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'work' is never awaited
  // CHECK-FIXES: {{^}}  co_await work(12);{{$}}
  // NOLINTEND(some-other-check)
  // The NOLINTNEXTLINE above the blank line covers only the blank line.
  // NOLINTNEXTLINE

  work(13);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'work' is never awaited
  // CHECK-FIXES: {{^}}  co_await work(13);{{$}}
  co_return;
}
