// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20 -isystem %inputs/cppcoro

// A coroutine lambda that only a blocking wait (cppcoro::sync_wait) starts,
// from code that is not a coroutine: until its first suspension it runs on
// the thread that waits, which is not an event loop. After an await it runs
// where the await resumes it: a pool's schedule() keeps it off the loop,
// anything else is taken to be the loop.

#include <chrono>
#include <cppcoro/io_service.hpp>
#include <cppcoro/static_thread_pool.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <fstream>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;

cppcoro::task<int> fetch(int id) { co_return id; }
void settle() { std::this_thread::sleep_for(1ms); }

// ---- 1. Before the first suspension: quiet ----------------------------------

void immediately_invoked(cppcoro::io_service &io) {
  cppcoro::sync_wait([&]() -> cppcoro::task<> {
    std::ifstream config("app.conf");
    [&] { std::this_thread::sleep_for(1ms); }();
    settle();
    co_await io.schedule();
    std::this_thread::sleep_for(1ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  }());
}

void named_variable(bool again, int fd) {
  auto run = [&]() -> cppcoro::task<> {
    std::this_thread::sleep_for(1ms);
    if (again)
      co_await fetch(1); // May suspend: what follows may be on the loop.
    std::this_thread::sleep_for(1ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  };
  cppcoro::sync_wait(run());
  if (again)
    cppcoro::sync_wait(run());
  char buffer[8];
  // The operand of the first await is evaluated before it suspends; what
  // comes after the await in the same expression is not.
  cppcoro::sync_wait([&]() -> cppcoro::task<int> {
    int n = co_await fetch(::read(fd, buffer, sizeof buffer)) + ::read(fd, buffer, 1);
    // CHECK-MESSAGES: :[[@LINE-1]]:65: warning: 'read' reads from the file descriptor synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
    co_return n;
  }());
}

void moved_to_pool(cppcoro::static_thread_pool &pool, bool stop) {
  cppcoro::sync_wait([&]() -> cppcoro::task<> {
    std::this_thread::sleep_for(1ms);
    co_await pool.schedule(); // Resumes on the pool: still off the loop.
    std::this_thread::sleep_for(1ms);
  }());
  // A loop that suspends runs its body again after the suspension.
  cppcoro::sync_wait([&]() -> cppcoro::task<> {
    while (!stop) {
      std::this_thread::sleep_for(1ms);
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
      co_await fetch(2);
    }
  }());
}

// ---- 2. Other starts: as before ---------------------------------------------

void started_elsewhere() {
  auto run = []() -> cppcoro::task<> {
    std::this_thread::sleep_for(1ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
    co_return;
  };
  cppcoro::sync_wait(run());
  cppcoro::task<> kept = run(); // Started another way too.
  cppcoro::sync_wait(kept);
}

void copied() {
  auto run = []() -> cppcoro::task<> {
    std::this_thread::sleep_for(1ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
    co_return;
  };
  auto again = run;
  cppcoro::sync_wait(run());
  cppcoro::sync_wait(again());
}

// A named coroutine may have callers in other files.
cppcoro::task<> named() {
  std::this_thread::sleep_for(1ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  co_await fetch(3);
}

void run_named() { cppcoro::sync_wait(named()); }

// A wait inside a coroutine blocks that coroutine's loop (the wait itself is
// coro-nested-event-loop's finding): the lambda runs on the loop.
cppcoro::task<> waits_inside() {
  cppcoro::sync_wait([]() -> cppcoro::task<> {
    std::this_thread::sleep_for(1ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
    co_return;
  }());
  auto run = []() -> cppcoro::task<> {
    std::this_thread::sleep_for(1ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
    co_return;
  };
  cppcoro::sync_wait(run());
  co_return;
}

// The lambda is not the wait's awaitable itself.
void not_direct() {
  auto make = []() -> cppcoro::task<> {
    std::this_thread::sleep_for(1ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
    co_return;
  };
  cppcoro::task<> t = make();
  cppcoro::sync_wait(t);
}
