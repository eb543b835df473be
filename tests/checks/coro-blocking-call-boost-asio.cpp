// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20

// coro-blocking-call with Boost.Asio's real headers (libboost1.81-dev), used
// as most Boost code does, through a namespace alias: rewrites keep the
// alias where the user wrote it on the call.

#include <boost/asio.hpp>
#include <chrono>
#include <thread>

namespace net = boost::asio;
using net::ip::tcp;

net::awaitable<void> session(tcp::socket &sock, tcp::resolver &resolver) {
  char data[64];
  std::size_t n = sock.read_some(net::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'boost::asio::basic_stream_socket::read_some' reads from the socket synchronously (network), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-FIXES: std::size_t n = co_await sock.async_read_some(net::buffer(data), boost::asio::use_awaitable);
  net::write(sock, net::buffer(data, n));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::asio::write' writes to the stream synchronously (network)
  // CHECK-FIXES: co_await net::async_write(sock, net::buffer(data, n), net::use_awaitable);
  auto results = resolver.resolve("example.com", "80");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'boost::asio::ip::basic_resolver::resolve' resolves the host name synchronously (dns)
  // CHECK-FIXES: auto results = co_await resolver.async_resolve("example.com", "80", boost::asio::use_awaitable);
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep)
  // CHECK-FIXES: co_await boost::asio::steady_timer(co_await boost::asio::this_coro::executor, std::chrono::milliseconds(10)).async_wait(boost::asio::use_awaitable);
  boost::system::error_code ec;
  net::read(sock, net::buffer(data), ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::asio::read' reads from the stream synchronously (network)
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}(no fix-it: this overload reports errors through 'boost::system::error_code', and the awaited form throws instead)
  // CHECK-FIXES: net::read(sock, net::buffer(data), ec);
  (void)results;
  co_return;
}

// Quiet: the async forms, and blocking work on a Boost.Asio thread pool.
net::awaitable<void> quiet(tcp::socket &sock, net::thread_pool &pool) {
  char data[64];
  co_await sock.async_read_some(net::buffer(data), net::use_awaitable);
  net::post(pool, [] { std::this_thread::sleep_for(std::chrono::seconds(1)); });
  net::post(pool.get_executor(),
            [] { std::this_thread::sleep_for(std::chrono::seconds(1)); });
}
