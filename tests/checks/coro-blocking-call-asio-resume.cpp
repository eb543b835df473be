// RUN: %check_coro_lint %s coro-blocking-call %t -- %asio_flags

// After `co_await asio::post(asio::bind_executor(pool, asio::use_awaitable))`
// (and dispatch, defer) an asio coroutine runs on the pool its completion
// token is bound to: blocking work after it is off the loop. Without a bound
// token (`asio::post(pool, asio::use_awaitable)`) asio resumes the coroutine
// on its own executor, the loop; posting to the coroutine's own executor, or
// to an io_context, stays on a loop.

#include <asio.hpp>
#include <chrono>
#include <thread>

void blocking_io() { std::this_thread::sleep_for(std::chrono::milliseconds(5)); }

asio::awaitable<void> moves_to_pool(asio::thread_pool &pool) {
  co_await asio::post(asio::bind_executor(pool, asio::use_awaitable));
  blocking_io(); // Quiet: on the pool.
  co_return;
}

asio::awaitable<void> moves_with_executor(asio::thread_pool &pool) {
  co_await asio::dispatch(asio::bind_executor(pool.get_executor(), asio::use_awaitable));
  blocking_io(); // Quiet.
  co_return;
}

asio::awaitable<void> unbound_token(asio::thread_pool &pool) {
  co_await asio::post(pool, asio::use_awaitable); // Resumes on the loop.
  blocking_io();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'blocking_io' blocks the event loop thread through 'std::this_thread::sleep_for'
  co_return;
}

asio::awaitable<void> stays_on_loop() {
  co_await asio::post(co_await asio::this_coro::executor, asio::use_awaitable);
  blocking_io();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'blocking_io' blocks the event loop thread through 'std::this_thread::sleep_for'
  co_return;
}

asio::awaitable<void> back_and_forth(asio::thread_pool &pool, asio::io_context &io) {
  co_await asio::defer(asio::bind_executor(pool, asio::use_awaitable));
  blocking_io(); // Quiet.
  co_await asio::post(asio::bind_executor(io, asio::use_awaitable));
  blocking_io();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'blocking_io' blocks the event loop thread through 'std::this_thread::sleep_for'
  co_return;
}
