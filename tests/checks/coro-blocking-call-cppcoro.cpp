// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20 -isystem %inputs/cppcoro

// coro-blocking-call with the cppcoro mock. A cppcoro::task runs on the
// thread that resumes it (an io_service's event loop) until it awaits
// schedule() of a cppcoro::static_thread_pool; io_service::schedule() brings
// it back onto the loop. cppcoro has no rewrites: notes, no fixes.

#include <chrono>
#include <condition_variable>
#include <cppcoro/io_service.hpp>
#include <cppcoro/static_thread_pool.hpp>
#include <cppcoro/task.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <future>
#include <mutex>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;

cppcoro::task<int> fetch(int id) { co_return id; }

// ---- 1. Blocking calls of several categories in a coroutine ----------------

cppcoro::task<> handle_request(std::future<int> &reply, std::thread &worker,
                               std::condition_variable &ready, std::mutex &m,
                               int fd) {
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await a timer of the coroutine's framework instead (an asio::steady_timer's async_wait, folly::coro::sleep, seastar::sleep, ...); or move the blocking work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  std::ifstream config("app.conf");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: constructing 'std::ifstream' opens the file synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: use an asynchronous file API where the framework has one (asio::stream_file, seastar::open_file_dma); or move the blocking work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  int n = reply.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'std::future::get' waits for the future's result (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: move the blocking work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::thread::join' waits for the thread to finish (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  std::unique_lock<std::mutex> lock(m); // Locks: only with ReportMutexLocks.
  ready.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::condition_variable::wait' waits for the condition variable to be notified (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  char buffer[64];
  ::read(fd, buffer, sizeof buffer);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'read' reads from the file descriptor synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  std::FILE *log = std::fopen("app.log", "a");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'fopen' opens the file synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  std::system("sync");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'system' runs a shell command and waits for it (process), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the blocking work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  co_await fetch(n); // Awaiting a task does not block.
  (void)log;
}

// ---- 2. Lambdas: run at once, coroutines, handed to threads, stored -------

cppcoro::task<> lambdas() {
  [&] { std::this_thread::sleep_for(1ms); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  auto step = []() -> cppcoro::task<> {
    std::this_thread::sleep_for(1ms); // A coroutine lambda is its own loop context.
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
    co_return;
  };
  co_await step();
  // Handed to another thread, or stored and never called: quiet. (The
  // future std::async returns waits for the task when the coroutine ends.)
  std::thread background([] { std::this_thread::sleep_for(1ms); });
  background.detach();
  std::jthread sidecar([] { std::this_thread::sleep_for(1ms); });
  sidecar.detach();
  auto pending = std::async(std::launch::async, [] { std::this_thread::sleep_for(1ms); });
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: destroying 'pending' waits for the task std::async started when it goes out of scope (thread-wait), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  auto never_called = [] { std::this_thread::sleep_for(1ms); };
  auto retry = [] { std::this_thread::sleep_for(1ms); };
  retry();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'retry' blocks the event loop thread through 'std::this_thread::sleep_for', which sleeps the calling thread (sleep): every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: the lambda calls 'std::this_thread::sleep_for' here
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: move the blocking work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  (void)pending;
  (void)never_called;
}

// ---- 3. Helpers: reported where a coroutine calls them; plain callers are
// quiet ----------------------------------------------------------------------

void open_journal() { std::FILE *f = std::fopen("journal", "a"); (void)f; }
void flush_cache() { open_journal(); }

void load_settings_at_startup() {
  std::this_thread::sleep_for(1ms);
  std::ifstream settings("settings.conf");
  flush_cache();
}

cppcoro::task<> evict() {
  flush_cache();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'flush_cache' blocks the event loop thread through 'fopen', which opens the file synchronously (file): every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-11]]:22: note: 'flush_cache' calls 'open_journal'
  // CHECK-MESSAGES: :[[@LINE-13]]:38: note: 'open_journal' calls 'fopen' here
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: move the blocking work off the event loop: co_await a cppcoro::static_thread_pool's schedule() first, so the rest of the coroutine runs on the pool
  co_return;
}

// ---- 4. co_await pool.schedule() moves the rest of the coroutine off the
// loop; io_service::schedule() moves it back ---------------------------------

cppcoro::task<> resize_images(cppcoro::static_thread_pool &pool) {
  std::this_thread::sleep_for(1ms); // Still on the loop.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  co_await pool.schedule();
  std::this_thread::sleep_for(1ms);
  flush_cache();
}

cppcoro::task<> in_nested_block(cppcoro::static_thread_pool &pool) {
  {
    co_await pool.schedule();
  }
  std::this_thread::sleep_for(1ms); // The block always runs: on the pool.
}

cppcoro::task<> maybe_on_pool(cppcoro::static_thread_pool &pool, bool heavy) {
  if (heavy) {
    co_await pool.schedule();
    std::this_thread::sleep_for(1ms); // On the pool.
  }
  std::this_thread::sleep_for(1ms); // On the loop when !heavy.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
}

cppcoro::task<> back_on_loop(cppcoro::static_thread_pool &pool,
                             cppcoro::io_service &io) {
  co_await pool.schedule();
  std::this_thread::sleep_for(1ms);
  co_await io.schedule();
  std::this_thread::sleep_for(1ms); // Back on the loop.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  co_await io.schedule_after(5ms); // The async twins do not block.
  co_await fetch(1);
}
