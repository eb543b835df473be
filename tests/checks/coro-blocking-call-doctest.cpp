// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20 -I/usr/include/doctest -isystem %inputs/cppcoro

// coro-blocking-call and a real test framework's assertions (doctest, from
// Debian's doctest-dev, included as a project's vendored copy would be, not
// as a system header). The report of a failed CHECK asks /proc/self/status
// whether a debugger is attached: that is the framework's failure path, not
// the event loop's work, and is quiet. What the assertion checks is judged.

#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include "doctest.h"
#include <cppcoro/task.hpp>
#include <cstdio>

int read_config() {
  FILE *config = std::fopen("/etc/app.conf", "r");
  return config ? 1 : 0;
}

cppcoro::task<int> answer() { co_return 42; }

cppcoro::task<> checks_in_a_coroutine() {
  int value = co_await answer();
  CHECK(value == 42);
  REQUIRE(value > 0);
  CHECK_EQ(value, 42);
  CHECK_FALSE(value == 0);
  CHECK(read_config() == 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: call to 'read_config' blocks the event loop thread through 'fopen', which opens the file synchronously (file): every coroutine on this loop waits [coro-blocking-call]
}
