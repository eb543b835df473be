// RUN: %check_coro_lint %s coro-blocking-call %t -- %asio_flags

// A coroutine lambda written in an initializer outside a function body (a
// namespace-scope variable, a default member initializer, a constructor's
// member initializer) runs on the event loop like one written in a body: the
// one walk of the code reads initializers for every check.

#include <asio.hpp>
#include <functional>
#include <unistd.h>

// ---- Coroutine lambdas in initializers: reported ---------------------------

auto global_handler = []() -> asio::awaitable<void> {
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sleep' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: move the blocking work off the event loop
  co_return;
};

struct Server {
  std::function<asio::awaitable<void>()> on_tick = []() -> asio::awaitable<void> {
    usleep(5);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'usleep' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: move the blocking work off the event loop
    co_return;
  };
  std::function<asio::awaitable<void>()> on_close;

  Server()
      : on_close([]() -> asio::awaitable<void> {
          sleep(2);
          // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'sleep' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
          // CHECK-MESSAGES: :[[@LINE-2]]:11: note: move the blocking work off the event loop
          co_return;
        }) {}
};

// ---- Not on a loop: quiet --------------------------------------------------

// A plain lambda in an initializer is no coroutine: it runs where it is
// called, which this file does not say.
auto plain_handler = [] { sleep(1); };

struct Worker {
  std::function<void()> job = [] { usleep(5); };
  // The initializer itself runs when the program starts, on no loop.
  int ready = (sleep(0), 1);
};

// Blocking code on a pool, after the coroutine moved there, is the pool's:
// the thread model reads initializers too.
auto offloaded = [](asio::thread_pool &pool) -> asio::awaitable<void> {
  co_await asio::post(asio::bind_executor(pool, asio::use_awaitable));
  sleep(1);
};
