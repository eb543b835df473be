// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20 -isystem %inputs/folly

// folly's form of a coroutine lambda that only a blocking wait starts:
// folly::coro::blockingWait is a function object. Until the lambda's first
// suspension it runs on the waiting thread, not on an event loop.

#include <chrono>
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Task.h>
#include <thread>
// CHECK-FIXES: {{^}}#include <thread>{{$}}
// CHECK-FIXES-NEXT: {{^}}#include <folly/coro/Sleep.h>{{$}}

using namespace std::chrono_literals;

folly::coro::Task<int> fetchUser(int id) { co_return id; }

int main() {
  int user = folly::coro::blockingWait([&]() -> folly::coro::Task<int> {
    std::this_thread::sleep_for(1ms);
    // CHECK-FIXES: {{^}}    std::this_thread::sleep_for(1ms);{{$}}
    int id = co_await fetchUser(1);
    std::this_thread::sleep_for(1ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
    // CHECK-FIXES: {{^}}    co_await folly::coro::sleep(1ms);{{$}}
    co_return id;
  }());
  auto run = [&]() -> folly::coro::Task<void> {
    std::this_thread::sleep_for(1ms);
    co_return;
  };
  folly::coro::blockingWait(run());
  return user;
}
