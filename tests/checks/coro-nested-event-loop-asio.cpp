// RUN: %check_coro_lint %s coro-nested-event-loop %t -- %asio_flags
// RUN: %check_coro_lint --check-suffix=BLOCKING %s coro-blocking-call %t -- %asio_flags

// coro-nested-event-loop with standalone asio's real headers: running an
// io_context, joining a thread_pool, and waiting on the std::future of work
// co_spawned with asio::use_future, inside asio::awaitable coroutines. None
// has a fix-it (the note says what to do). The future's get() is this
// check's finding, not coro-blocking-call's (BLOCKING: one finding per call),
// while a std::future of other origin stays coro-blocking-call's.

#include <asio.hpp>
#include <chrono>
#include <future>

asio::awaitable<int> compute() { co_return 42; }

// ---- 1. Running the loop ------------------------------------------------------

asio::awaitable<void> runs(asio::io_context &io) {
  io.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::io_context::run' runs the io_context's event loop until it runs out of work inside a coroutine: it re-enters the event loop or blocks the one this coroutine runs on; await the work instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await the work instead; run the io_context from main or a thread of its own
  io.run_one();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::io_context::run_one' runs
  io.run_for(std::chrono::milliseconds(10));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::io_context::run_for' runs
  io.run_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::io_context::run_until' runs
  io.run_one_for(std::chrono::milliseconds(10));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::io_context::run_one_for' runs
  io.run_one_until(std::chrono::steady_clock::now());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::io_context::run_one_until' runs
  io.poll();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::io_context::poll' runs the io_context's ready handlers
  io.poll_one();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::io_context::poll_one' runs
  co_return;
}

// ---- 2. Waiting for a pool, and for the loop's own work ------------------------

asio::awaitable<int> waits(asio::io_context &io, asio::thread_pool &pool,
                           std::future<int> elsewhere) {
  pool.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::thread_pool::join' blocks the thread until the pool's work is done inside a coroutine: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  std::future<int> answer = asio::co_spawn(io, compute(), asio::use_future);
  int value = answer.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'std::future::get' blocks the thread until work spawned on the event loop finishes inside a coroutine: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: co_spawn the work with asio::use_awaitable and co_await it
  // A future of other origin is a blocking call (coro-blocking-call), not a
  // nested loop.
  value += elsewhere.get();
  // CHECK-MESSAGES-BLOCKING: :[[@LINE-1]]:12: warning: 'std::future::get' waits for the future's result (thread-wait)
  co_return value;
}

// ---- 3. Through a helper --------------------------------------------------------

void drain(asio::io_context &io) { io.run(); }

asio::awaitable<void> through_helper(asio::io_context &io) {
  drain(io);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'drain' runs an event loop inside a coroutine through 'asio::io_context::run', which runs the io_context's event loop until it runs out of work: it re-enters the event loop or blocks the one this coroutine runs on; await the work instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE-5]]:36: note: 'drain' calls 'asio::io_context::run' here
  co_return;
}

// ---- 4. Quiet: main, plain functions, a thread of its own ----------------------

asio::awaitable<void> quiet(asio::io_context &io) {
  std::thread runner([&] { io.run(); });
  runner.detach();
  co_await asio::co_spawn(io, compute(), asio::use_awaitable);
  co_return;
}

void run_server(asio::io_context &io) { io.run(); }

int main() {
  asio::io_context io;
  asio::co_spawn(io, quiet(io), asio::detached);
  io.run();
  std::future<int> answer = asio::co_spawn(io, compute(), asio::use_future);
  io.run();
  return answer.get();
}
