// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20 -isystem %inputs/folly

// coro-blocking-call with the folly mock. In a folly::coro::Task the
// knowledge rewrites std::this_thread::sleep_for into
// `co_await folly::coro::sleep(...)` when the duration converts to
// microseconds exactly, and adds folly/coro/Sleep.h after the last #include.
// Other blocking calls get the Task's advice in a note.

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <folly/coro/Task.h>
#include <fstream>
#include <future>
#include <mutex>
#include <thread>
#include <unistd.h>
// CHECK-FIXES: {{^}}#include <unistd.h>{{$}}
// CHECK-FIXES-NEXT: {{^}}#include <folly/coro/Sleep.h>{{$}}

using namespace std::chrono_literals;

folly::coro::Task<int> fetchUser(int id) { co_return id; }

// ---- 1. Blocking calls of several categories in a Task ---------------------

folly::coro::Task<void> handleRequest(std::future<int> &reply,
                                      std::thread &worker,
                                      std::condition_variable &ready,
                                      std::mutex &m, int fd) {
  std::ifstream config;
  config.open("app.conf");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::basic_ifstream::open' opens the file synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: use an asynchronous file API where the framework has one (asio::stream_file, seastar::open_file_dma); or move the blocking work off the event loop: co_await folly::coro::co_withExecutor(folly::getGlobalCPUExecutor(), <the work as a Task>)
  int n = reply.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'std::future::get' waits for the future's result (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: move the blocking work off the event loop: co_await folly::coro::co_withExecutor(folly::getGlobalCPUExecutor(), <the work as a Task>)
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::thread::join' waits for the thread to finish (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  std::unique_lock<std::mutex> lock(m); // Locks: only with ReportMutexLocks.
  ready.wait_for(lock, 10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::condition_variable::wait_for' waits for the condition variable to be notified (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  char buffer[64];
  ::read(fd, buffer, sizeof buffer);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'read' reads from the file descriptor synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  std::system("sync");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'system' runs a shell command and waits for it (process), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  co_await fetchUser(n);
}

// ---- 2. sleep_for becomes co_await folly::coro::sleep, where it can --------

folly::coro::Task<void> retryLater() {
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-FIXES: {{^}}  co_await folly::coro::sleep(std::chrono::milliseconds(5));{{$}}
  std::this_thread::sleep_for(2s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-FIXES: {{^}}  co_await folly::coro::sleep(2s);{{$}}
  // Finer than microseconds, or not a whole count: folly::coro::sleep would
  // round it.
  std::this_thread::sleep_for(std::chrono::nanoseconds(10));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await a timer of the coroutine's framework instead (an asio::steady_timer's async_wait, folly::coro::sleep, seastar::sleep, ...); or move the blocking work off the event loop: co_await folly::coro::co_withExecutor(folly::getGlobalCPUExecutor(), <the work as a Task>) (no fix-it: the duration may not convert to microseconds without loss)
  // CHECK-FIXES: {{^}}  std::this_thread::sleep_for(std::chrono::nanoseconds(10));{{$}}
  std::this_thread::sleep_for(std::chrono::duration<double>(0.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}} (no fix-it: the duration may not convert to microseconds without loss)
  // CHECK-FIXES: {{^}}  std::this_thread::sleep_for(std::chrono::duration<double>(0.5));{{$}}
  // A lambda that is not a coroutine cannot co_await.
  [&] { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: {{.*}} (no fix-it: the call is in a lambda that is not a coroutine)
  // CHECK-FIXES: {{^}}  [&] { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }();{{$}}
  try {
    co_await fetchUser(1);
  } catch (...) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: {{.*}} (no fix-it: 'co_await' is not allowed in a catch handler)
    // CHECK-FIXES: {{^}}    std::this_thread::sleep_for(std::chrono::milliseconds(1));{{$}}
  }
  // A coroutine lambda can: its own loop context, fixed in place.
  auto poll = []() -> folly::coro::Task<void> {
    std::this_thread::sleep_for(std::chrono::milliseconds(3));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
    // CHECK-FIXES: {{^}}    co_await folly::coro::sleep(std::chrono::milliseconds(3));{{$}}
    co_return;
  };
  co_await poll();
}

// ---- 3. Threads, stored lambdas, helpers and plain functions ----------------

void warmCache() { std::this_thread::sleep_for(std::chrono::milliseconds(20)); }
void prepare() { warmCache(); }

void startup() { // Not a coroutine, and no coroutine calls it: quiet.
  prepare();
  std::system("setup.sh");
}

folly::coro::Task<void> serve() {
  prepare();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'prepare' blocks the event loop thread through 'std::this_thread::sleep_for', which sleeps the calling thread (sleep): every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-10]]:18: note: 'prepare' calls 'warmCache'
  // CHECK-MESSAGES: :[[@LINE-12]]:20: note: 'warmCache' calls 'std::this_thread::sleep_for' here
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: move the blocking work off the event loop: co_await folly::coro::co_withExecutor(folly::getGlobalCPUExecutor(), <the work as a Task>)
  // Handed to another thread, or stored and never called: quiet. (The
  // future std::async returns waits for the task when the coroutine ends.)
  std::thread([] { prepare(); }).detach();
  auto done = std::async(std::launch::async, [] { warmCache(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: destroying 'done' waits for the task std::async started when it goes out of scope (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  auto later = [] { std::this_thread::sleep_for(1ms); }; // Never called.
  (void)later;
  (void)done;
  co_return;
}
