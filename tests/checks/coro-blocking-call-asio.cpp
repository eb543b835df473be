// RUN: %check_coro_lint %s coro-blocking-call %t -- %asio_flags

// coro-blocking-call with standalone asio's real headers (libasio-dev): the
// synchronous operations of sockets, acceptors, resolvers and timers, and
// std::this_thread::sleep_for, in asio::awaitable coroutines. Each one with
// an exact asynchronous twin is rewritten to `co_await <twin>(...,
// asio::use_awaitable)`; the overloads taking an error_code are not, because
// the awaited form throws instead.

#include <asio.hpp>
#include <chrono>
#include <string>
#include <thread>

using asio::ip::tcp;

// ---- 1. Members: sockets, acceptors, resolvers, timers ----------------------

asio::awaitable<void> members(tcp::socket &sock, tcp::acceptor &acceptor,
                              tcp::resolver &resolver,
                              asio::steady_timer &timer) {
  char data[64];
  std::size_t n = sock.read_some(asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'asio::basic_stream_socket::read_some' reads from the socket synchronously (network), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-FIXES: std::size_t n = co_await sock.async_read_some(asio::buffer(data), asio::use_awaitable);
  sock.write_some(asio::buffer(data, n));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::basic_stream_socket::write_some' writes to the socket synchronously (network), blocking
  // CHECK-FIXES: co_await sock.async_write_some(asio::buffer(data, n), asio::use_awaitable);
  sock.receive(asio::buffer(data), 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::basic_stream_socket::receive' receives from the socket synchronously (network)
  // CHECK-FIXES: co_await sock.async_receive(asio::buffer(data), 0, asio::use_awaitable);
  sock.send(asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::basic_stream_socket::send' sends on the socket synchronously (network)
  // CHECK-FIXES: co_await sock.async_send(asio::buffer(data), asio::use_awaitable);
  sock.connect(tcp::endpoint(asio::ip::address_v4::loopback(), 80));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::basic_socket::connect' connects the socket synchronously (network)
  // CHECK-FIXES: co_await sock.async_connect(tcp::endpoint(asio::ip::address_v4::loopback(), 80), asio::use_awaitable);
  tcp::socket peer = acceptor.accept();
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'asio::basic_socket_acceptor::accept' waits for a connection (network)
  // CHECK-FIXES: tcp::socket peer = co_await acceptor.async_accept(asio::use_awaitable);
  auto endpoints = resolver.resolve("example.com", "https");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'asio::ip::basic_resolver::resolve' resolves the host name synchronously (dns)
  // CHECK-FIXES: auto endpoints = co_await resolver.async_resolve("example.com", "https", asio::use_awaitable);
  timer.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::basic_waitable_timer::wait' waits for the timer to expire (sleep)
  // CHECK-FIXES: co_await timer.async_wait(asio::use_awaitable);
  (void)endpoints;
  (void)peer;
  co_return;
}

// ---- 2. Free functions, with the namespace as the user wrote it --------------

namespace net = asio;

asio::awaitable<void> free_functions(tcp::socket &sock, tcp::resolver &resolver) {
  std::string line;
  std::size_t n = asio::read_until(sock, asio::dynamic_buffer(line), '\n');
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'asio::read_until' reads from the stream synchronously (network)
  // CHECK-FIXES: std::size_t n = co_await asio::async_read_until(sock, asio::dynamic_buffer(line), '\n', asio::use_awaitable);
  net::write(sock, asio::buffer(line, n));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::write' writes to the stream synchronously (network)
  // CHECK-FIXES: co_await net::async_write(sock, asio::buffer(line, n), net::use_awaitable);
  char header[4];
  ::asio::read(sock, asio::buffer(header));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::read' reads from the stream synchronously (network)
  // CHECK-FIXES: co_await ::asio::async_read(sock, asio::buffer(header), ::asio::use_awaitable);
  asio::connect(sock, resolver.resolve("example.com", "80"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::connect' connects the socket synchronously (network)
  // CHECK-MESSAGES: :[[@LINE-2]]:23: warning: 'asio::ip::basic_resolver::resolve' resolves the host name synchronously (dns)
  // CHECK-FIXES: co_await asio::async_connect(sock, co_await resolver.async_resolve("example.com", "80", asio::use_awaitable), asio::use_awaitable);
  co_return;
}

// ---- 3. Where the awaited form needs parentheses ----------------------------

asio::awaitable<std::size_t> parenthesised(tcp::resolver &resolver) {
  std::size_t count = resolver.resolve("example.com", "80").size();
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'asio::ip::basic_resolver::resolve' resolves
  // CHECK-FIXES: std::size_t count = (co_await resolver.async_resolve("example.com", "80", asio::use_awaitable)).size();
  co_return count;
}

// ---- 4. Sleeping: an awaited timer on the coroutine's executor ---------------

asio::awaitable<void> sleeps() {
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-FIXES: co_await asio::steady_timer(co_await asio::this_coro::executor, std::chrono::milliseconds(20)).async_wait(asio::use_awaitable);
  using namespace std::chrono_literals;
  std::this_thread::sleep_for(2s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps
  // CHECK-FIXES: co_await asio::steady_timer(co_await asio::this_coro::executor, 2s).async_wait(asio::use_awaitable);
  // A fractional duration does not convert to the timer's without loss.
  std::this_thread::sleep_for(std::chrono::duration<double>(0.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: {{.*}}(no fix-it: the duration may not convert to nanoseconds without loss)
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::duration<double>(0.5));
  co_return;
}

// ---- 5. Reported, with a note instead of a fix ------------------------------

asio::awaitable<void> no_fix(tcp::socket &sock) {
  char data[8];
  asio::error_code ec;
  sock.read_some(asio::buffer(data), ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::basic_stream_socket::read_some' reads
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: co_await its asynchronous twin 'async_read_some' with asio::use_awaitable; or move the blocking work off the event loop: co_await asio::co_spawn(pool, {{.*}} (no fix-it: this overload reports errors through 'std::error_code', and the awaited form throws instead)
  // CHECK-FIXES: sock.read_some(asio::buffer(data), ec);
  [&] { sock.write_some(asio::buffer(data)); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'asio::basic_stream_socket::write_some' writes
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: {{.*}}(no fix-it: the call is in a lambda that is not a coroutine)
  try {
    co_await sock.async_read_some(asio::buffer(data), asio::use_awaitable);
  } catch (const std::exception &) {
    sock.write_some(asio::buffer("error\n", 6));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'asio::basic_stream_socket::write_some' writes
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: {{.*}}(no fix-it: 'co_await' is not allowed in a catch handler)
  }
}

// ---- 6. Quiet: the async twins, work handed to a pool, plain functions ------

asio::awaitable<void> quiet(tcp::socket &sock, asio::thread_pool &pool) {
  char data[8];
  co_await sock.async_read_some(asio::buffer(data), asio::use_awaitable);
  co_await asio::async_write(sock, asio::buffer(data), asio::use_awaitable);
  asio::steady_timer timer(co_await asio::this_coro::executor);
  timer.expires_after(std::chrono::milliseconds(5));
  co_await timer.async_wait(asio::use_awaitable);
  asio::post(pool, [] { std::this_thread::sleep_for(std::chrono::seconds(1)); });
  co_await asio::co_spawn(
      pool,
      []() -> asio::awaitable<void> {
        std::this_thread::sleep_for(std::chrono::seconds(1));
        co_return;
      },
      asio::use_awaitable);
  std::thread worker([&] { sock.read_some(asio::buffer(data)); });
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::thread::join' waits
}

void plain_function(tcp::socket &sock) {
  char data[8];
  sock.read_some(asio::buffer(data));
  std::this_thread::sleep_for(std::chrono::seconds(1));
}

int main() {
  asio::io_context io;
  tcp::socket sock(io);
  plain_function(sock);
}
