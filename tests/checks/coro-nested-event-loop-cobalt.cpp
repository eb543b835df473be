// RUN: %check_coro_lint %s coro-nested-event-loop %t -- -std=c++20 -isystem %inputs/cobalt

// coro-nested-event-loop with the Boost.Cobalt mock: boost::cobalt::run
// starts a new event loop and runs it until the task completes. It has no
// rewrite (a note says to co_await the task). The mock's io_context brings
// in Boost.Asio's io_context::run, on which cobalt's loops are built.

#include <boost/asio/io_context.hpp>
#include <boost/cobalt.hpp>
#include <thread>

boost::cobalt::task<int> fetch(int id) { co_return id; }

// ---- 1. Running a loop in a task and in a promise ----

boost::cobalt::task<int> inTask(boost::asio::io_context &ctx) {
  int a = boost::cobalt::run(fetch(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'boost::cobalt::run' runs a new event loop until the task completes inside a coroutine: it re-enters the event loop or blocks the one this coroutine runs on; await the work instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: co_await the task{{$}}
  ctx.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::asio::io_context::run' runs the io_context's event loop until it runs out of work inside a coroutine: it re-enters the event loop or blocks the one this coroutine runs on; await the work instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await the work instead; run the io_context from main or a thread of its own{{$}}
  co_return a;
}

boost::cobalt::promise<int> inPromise() {
  co_return boost::cobalt::run(fetch(2)) + co_await fetch(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'boost::cobalt::run' runs a new event loop
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: co_await the task{{$}}
}

// ---- 2. Lambdas: run at once, or a coroutine of their own ----

boost::cobalt::task<int> lambdas() {
  int a = [] { return boost::cobalt::run(fetch(4)); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'boost::cobalt::run' runs a new event loop
  // CHECK-MESSAGES: :[[@LINE-2]]:23: note: co_await the task{{$}}
  auto step = []() -> boost::cobalt::task<int> { co_return boost::cobalt::run(fetch(5)); };
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: 'boost::cobalt::run' runs a new event loop
  // CHECK-MESSAGES: :[[@LINE-2]]:60: note: co_await the task{{$}}
  co_return a + co_await step();
}

// ---- 3. Through a helper ----

int compute() { return boost::cobalt::run(fetch(6)); }
int twice() { return compute() * 2; }

boost::cobalt::task<int> helpers() {
  co_return twice();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'twice' runs an event loop inside a coroutine through 'boost::cobalt::run', which runs a new event loop until the task completes: it re-enters the event loop or blocks the one this coroutine runs on; await the work instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-5]]:22: note: 'twice' calls 'compute'
  // CHECK-MESSAGES: :[[@LINE-7]]:24: note: 'compute' calls 'boost::cobalt::run' here
}

// ---- 4. Quiet: outside coroutines and on another thread ----

void startup(boost::asio::io_context &ctx) {
  ctx.run();
  (void)boost::cobalt::run(fetch(7));
}

boost::cobalt::task<void> background(boost::asio::io_context &ctx) {
  std::thread t([&] { ctx.run(); });
  std::thread u([] { (void)boost::cobalt::run(fetch(8)); });
  t.detach();
  u.detach();
  co_return;
}

int main() {
  boost::asio::io_context ctx;
  startup(ctx);
  return boost::cobalt::run(inTask(ctx)) + twice();
}
