// RUN: %check_coro_lint %s coro-blocking-call %t -- %asio_flags

// A socket that the same function has put in non-blocking mode
// (`socket.non_blocking(true)`, knowledge: non_blocking_modes) returns
// asio::error::would_block at once instead of waiting: its read_some,
// write_some and the composed asio::read/asio::write on it do not block.
// Without the switch, after switching it back, or with the switch after the
// call, they do.

#include <asio.hpp>

asio::awaitable<void> polls(asio::ip::tcp::socket socket) {
  socket.non_blocking(true);
  char data[512];
  asio::error_code ec;
  std::size_t n = socket.read_some(asio::buffer(data), ec); // Quiet.
  socket.write_some(asio::buffer(data, n), ec);             // Quiet.
  asio::read(socket, asio::buffer(data), ec);               // Quiet.
  co_await socket.async_wait(asio::ip::tcp::socket::wait_read,
                             asio::use_awaitable);
}

asio::awaitable<void> blocks(asio::ip::tcp::socket socket) {
  char data[512];
  asio::error_code ec;
  socket.read_some(asio::buffer(data), ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::basic_stream_socket::read_some' reads from the socket synchronously (network), blocking the event loop thread
  co_return;
}

asio::awaitable<void> switched_back(asio::ip::tcp::socket socket) {
  socket.non_blocking(true);
  socket.non_blocking(false);
  char data[512];
  asio::error_code ec;
  socket.read_some(asio::buffer(data), ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::basic_stream_socket::read_some' reads from the socket synchronously (network), blocking the event loop thread
  co_return;
}

asio::awaitable<void> switched_late(asio::ip::tcp::socket socket) {
  char data[512];
  asio::error_code ec;
  socket.read_some(asio::buffer(data), ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::basic_stream_socket::read_some' reads from the socket synchronously (network), blocking the event loop thread
  socket.non_blocking(true);
  co_return;
}

// Only the socket that was switched.
asio::awaitable<void> other_socket(asio::ip::tcp::socket polled,
                                   asio::ip::tcp::socket plain) {
  polled.non_blocking(true);
  char data[512];
  asio::error_code ec;
  plain.read_some(asio::buffer(data), ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::basic_stream_socket::read_some' reads from the socket synchronously (network), blocking the event loop thread
  co_return;
}
