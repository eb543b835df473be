// RUN: %check_coro_lint %s coro-blocking-call %t -- %asio_flags

// A rewrite brings the header its replacement needs, once, below the last
// #include, and only when the translation unit does not have it yet: this
// file includes asio piecemeal, without asio/use_awaitable.hpp (the headers
// for steady_timer and this_coro come in through asio/ip/tcp.hpp).

#include <asio/awaitable.hpp>
#include <asio/ip/tcp.hpp>
#include <asio/read.hpp>
#include <asio/write.hpp>
#include <chrono>
#include <thread>
// CHECK-FIXES: #include <thread>
// CHECK-FIXES-NEXT: #include <asio/use_awaitable.hpp>
// CHECK-FIXES-NEXT: //
// CHECK-FIXES-NEXT: //

asio::awaitable<void> echo_once(asio::ip::tcp::socket &sock) {
  char data[4];
  asio::read(sock, asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::read' reads from the stream synchronously (network)
  // CHECK-FIXES: co_await asio::async_read(sock, asio::buffer(data), asio::use_awaitable);
  asio::write(sock, asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::write' writes to the stream synchronously (network)
  // CHECK-FIXES: co_await asio::async_write(sock, asio::buffer(data), asio::use_awaitable);
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep)
  // CHECK-FIXES: co_await asio::steady_timer(co_await asio::this_coro::executor, std::chrono::seconds(1)).async_wait(asio::use_awaitable);
  co_return;
}
