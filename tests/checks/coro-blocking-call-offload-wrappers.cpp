// RUN: %check_coro_lint %s coro-blocking-call %t -- %asio_flags

// Project wrappers that run a callable on a thread pool: a plain function
// that passes it to asio::post(pool, ...) (its summary sees no call of it),
// and a coroutine that calls it only after moving to the pool, or only in a
// lambda it hands to the pool. The lambda runs there: what it does is not
// the caller's. A coroutine wrapper that calls its callable on the loop, or
// does anything else with it there, is judged as today: the lambda runs
// with its caller.

#include <asio.hpp>
#include <chrono>
#include <functional>
#include <thread>
#include <utility>

asio::thread_pool pool;

void nap() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }

template <class F> void run_blocking(F &&work) {
  asio::post(pool, std::forward<F>(work));
}

void run_blocking_function(std::function<void()> work) {
  asio::post(pool, std::move(work));
}

template <class F> asio::awaitable<void> offload(F work) {
  co_await asio::post(asio::bind_executor(pool, asio::use_awaitable));
  work();
}

template <class F> asio::awaitable<void> spawn_on_pool(F work) {
  co_await asio::co_spawn(
      pool,
      [work]() -> asio::awaitable<void> {
        work();
        co_return;
      },
      asio::use_awaitable);
}

class Worker {
public:
  template <class F> void post(F &&work) {
    asio::post(pool_, std::forward<F>(work));
  }
  template <class F> asio::awaitable<void> run(F work) {
    co_await asio::post(asio::bind_executor(pool_, asio::use_awaitable));
    work();
  }

private:
  asio::thread_pool pool_;
};

asio::awaitable<void> handler(Worker &worker) {
  run_blocking([] { nap(); });                // Quiet.
  run_blocking_function([] { nap(); });       // Quiet.
  co_await offload([] { nap(); });            // Quiet.
  co_await spawn_on_pool([] { nap(); });      // Quiet.
  worker.post([] { nap(); });                 // Quiet.
  co_await worker.run([] { nap(); });         // Quiet.
}

// Called on the loop before the move, or on the loop only.
template <class F> asio::awaitable<void> twice(F work) {
  work();
  co_await asio::post(asio::bind_executor(pool, asio::use_awaitable));
  work();
}

template <class F> asio::awaitable<void> here(F work) {
  work();
  co_return;
}

// Kept in a lambda that is called on the loop.
template <class F> asio::awaitable<void> kept(F work) {
  auto later = [work] { work(); };
  later();
  co_return;
}

asio::awaitable<void> on_loop() {
  co_await twice([] { nap(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: call to 'nap' blocks the event loop thread through 'std::this_thread::sleep_for', which sleeps the calling thread (sleep): every coroutine on this loop waits [coro-blocking-call]
  co_await here([] { nap(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: call to 'nap' blocks the event loop thread through 'std::this_thread::sleep_for', which sleeps the calling thread (sleep): every coroutine on this loop waits [coro-blocking-call]
  co_await kept([] { nap(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: call to 'nap' blocks the event loop thread through 'std::this_thread::sleep_for', which sleeps the calling thread (sleep): every coroutine on this loop waits [coro-blocking-call]
}
