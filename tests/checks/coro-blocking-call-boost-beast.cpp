// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20

// Boost.Beast's file body opens (and, when the message is written, reads)
// its file synchronously on the I/O thread: opening one in a request
// coroutine, directly or in the handler it calls, blocks the loop. A body
// built from a string in memory does not.

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <string>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

http::response<http::file_body> serve(const std::string &path) {
  beast::error_code ec;
  http::file_body::value_type body;
  body.open(path.c_str(), beast::file_mode::scan, ec);
  http::response<http::file_body> res{http::status::ok, 11};
  res.body() = std::move(body);
  return res;
}

net::awaitable<void> session(beast::tcp_stream stream, std::string path) {
  http::file_body::value_type body;
  beast::error_code ec;
  body.open(path.c_str(), beast::file_mode::scan, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::beast::http::basic_file_body::value_type::open' opens the file synchronously, and writing the message later reads it synchronously on the same thread (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  auto res = serve(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: call to 'serve' blocks the event loop thread through 'boost::beast::http::basic_file_body::value_type::open', which opens the file synchronously, and writing the message later reads it synchronously on the same thread (file): every coroutine on this loop waits [coro-blocking-call]
  co_await http::async_write(stream, res, net::use_awaitable);
}

net::awaitable<void> in_memory(beast::tcp_stream stream) {
  http::response<http::string_body> res{http::status::ok, 11};
  res.body() = "hello";
  res.prepare_payload();
  co_await http::async_write(stream, res, net::use_awaitable); // Quiet.
}
