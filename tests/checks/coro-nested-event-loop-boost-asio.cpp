// RUN: %check_coro_lint %s coro-nested-event-loop %t -- -std=c++20

// coro-nested-event-loop with Boost.Asio's real headers (libboost1.81-dev).

#include <boost/asio.hpp>
#include <future>

namespace net = boost::asio;

net::awaitable<int> compute() { co_return 7; }

net::awaitable<int> handler(net::io_context &io, net::thread_pool &pool) {
  io.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::asio::io_context::run' runs the io_context's event loop until it runs out of work inside a coroutine: it re-enters the event loop or blocks the one this coroutine runs on; await the work instead [coro-nested-event-loop]
  io.poll();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::asio::io_context::poll' runs
  pool.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::asio::thread_pool::wait' blocks the thread until the pool's work is done inside a coroutine
  auto answer = net::co_spawn(io, compute(), net::use_future);
  co_return answer.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'std::future::get' blocks the thread until work spawned on the event loop finishes inside a coroutine
}

int main() {
  net::io_context io;
  net::thread_pool pool(2);
  net::co_spawn(io, handler(io, pool), net::detached);
  io.run();
  pool.join();
}
