// RUN: %check_coro_lint %s coro-blocking-call %t -- %asio_flags

// Reading through an in-memory stream touches no file: std::getline and >>
// on an std::istream made over an asio::streambuf that async_read_until
// filled, on a std::stringbuf, or on a std::istringstream, are quiet. A
// stream that may be a file (a parameter, one over a file buffer, a file
// stream) is still reported.

#include <asio.hpp>
#include <fstream>
#include <istream>
#include <sstream>
#include <string>

asio::awaitable<void> read_status(asio::ip::tcp::socket &socket) {
  asio::streambuf response;
  co_await asio::async_read_until(socket, response, "\r\n", asio::use_awaitable);
  std::istream response_stream(&response);
  std::string version;
  unsigned status = 0;
  response_stream >> version >> status; // Quiet.
  std::string message;
  std::getline(response_stream, message); // Quiet.
  while (std::getline(response_stream, message) && message != "\r")
    ; // Quiet.

  std::stringbuf text("a\nb");
  std::istream over_text(&text);
  std::getline(over_text, message); // Quiet.
  std::istringstream words("x y");
  std::getline(words, message); // Quiet.
  co_return;
}

asio::awaitable<void> read_files(std::istream &in, const char *path) {
  std::string line;
  std::getline(in, line);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::getline' reads a line from a stream that may be a file (file), blocking the event loop thread
  std::filebuf file;
  std::istream over_file(&file);
  std::getline(over_file, line);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::getline' reads a line from a stream that may be a file (file), blocking the event loop thread
  std::ifstream config(path);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: constructing 'std::ifstream' opens the file synchronously (file), blocking the event loop thread
  std::getline(config, line);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::getline' reads a line from a stream that may be a file (file), blocking the event loop thread
  co_return;
}
