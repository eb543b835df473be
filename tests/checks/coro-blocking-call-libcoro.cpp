// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20 -isystem %inputs/libcoro

// coro-blocking-call with the libcoro mock. `co_await tp.schedule()` on a
// coro::thread_pool moves the rest of a coro::task onto the pool: blocking
// calls after it are quiet. coro::scheduler (formerly coro::io_scheduler)
// resumes its awaiters on its event loop, so awaiting its schedule() does not
// move anything off the loop. libcoro has no rewrites: notes, no fixes.

#include <chrono>
#include <condition_variable>
#include <coro/coro.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <future>
#include <mutex>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;

coro::task<int> fetch(int id) { co_return id; }

// ---- 1. Blocking calls of several categories in a coroutine ----------------

coro::task<> handle_request(std::future<int> &reply, std::jthread &worker,
                            std::condition_variable_any &ready, std::mutex &m) {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await a timer of the coroutine's framework instead (an asio::steady_timer's async_wait, folly::coro::sleep, seastar::sleep, ...); or move the blocking work off the event loop: co_await a coro::thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  std::ifstream input("orders.csv");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: constructing 'std::ifstream' opens the file synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  reply.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::future::wait' waits for the future's result (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the blocking work off the event loop: co_await a coro::thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::jthread::join' waits for the thread to finish (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  std::unique_lock<std::mutex> lock(m); // Locks: only with ReportMutexLocks.
  ready.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::condition_variable_any::wait' waits for the condition variable to be notified (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  std::FILE *audit = std::fopen("audit.log", "a");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'fopen' opens the file synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  std::system("logrotate");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'system' runs a shell command and waits for it (process), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  co_await fetch(1); // Awaiting a task does not block.
  (void)audit;
}

// ---- 2. Lambdas: run at once, coroutines, handed to threads, stored -------

coro::task<> lambdas() {
  [&] { std::system("hostname"); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'system' runs a shell command and waits for it (process), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  auto step = []() -> coro::task<> {
    std::this_thread::sleep_for(1ms); // A coroutine lambda is its own loop context.
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
    co_return;
  };
  co_await step();
  // Handed to another thread, or stored and never called: quiet. (The
  // future std::async returns waits for the task when the coroutine ends.)
  std::jthread([] { std::this_thread::sleep_for(1ms); }).detach();
  auto pending = std::async(std::launch::async, [] { std::system("du"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: destroying 'pending' waits for the task std::async started when it goes out of scope (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  auto never_called = [] { std::this_thread::sleep_for(1ms); };
  auto backoff = [] { std::this_thread::sleep_for(1ms); };
  backoff();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'backoff' blocks the event loop thread through 'std::this_thread::sleep_for', which sleeps the calling thread (sleep): every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-3]]:23: note: the lambda calls 'std::this_thread::sleep_for' here
  (void)pending;
  (void)never_called;
}

// ---- 3. A helper: reported where a coroutine calls it ----------------------

void read_header(int fd) {
  char header[16];
  ::read(fd, header, sizeof header);
}

void parse_offline(int fd) { read_header(fd); } // Not called by a coroutine.

coro::task<> parse(int fd) {
  read_header(fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'read_header' blocks the event loop thread through 'read', which reads from the file descriptor synchronously (file): every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: 'read_header' calls 'read' here
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: move the blocking work off the event loop: co_await a coro::thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  co_return;
}

// ---- 4. coro::thread_pool moves off the loop; coro::scheduler does not -----

coro::task<> compress(coro::thread_pool &tp, int fd) {
  std::this_thread::sleep_for(1ms); // Still on the loop.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  co_await tp.schedule();
  std::this_thread::sleep_for(1ms);
  read_header(fd);
}

coro::task<> on_scheduler(coro::scheduler &scheduler) {
  co_await scheduler.schedule();
  std::this_thread::sleep_for(1ms); // Resumed on the scheduler's loop.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  co_await scheduler.yield_for(5ms); // The async twins do not block.
}

coro::task<> on_io_scheduler(coro::io_scheduler &io) {
  co_await io.schedule();
  std::this_thread::sleep_for(1ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  co_await io.schedule_after(5ms);
}

coro::task<> pool_then_scheduler(coro::thread_pool &tp, coro::scheduler &s) {
  co_await tp.schedule();
  std::this_thread::sleep_for(1ms); // On the pool.
  co_await s.schedule();
  std::this_thread::sleep_for(1ms); // Back on the loop.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
}
