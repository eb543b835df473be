// RUN: %check_coro_lint %s coro-blocking-call %t -- %asio_flags

// A call or construction that depends on a template parameter is known only
// in the instantiations: `std::ifstream file(filename)` with an abbreviated
// template parameter `auto filename`, `stream.write(...)` on a dependent
// stream. Each instantiation of a coroutine template that has such code is
// walked; a finding is reported once, at the code as written, with a note
// naming the instantiation it was seen in (another may differ), and without
// a fix-it.

#include <asio.hpp>
#include <fstream>
#include <string>

asio::awaitable<void> send_file(auto filename) {
  std::ifstream file(filename);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: constructing 'std::ifstream' opens the file synchronously (file), blocking the event loop thread: every coroutine on this loop waits [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE+20]]:12: note: found in the instantiation 'send_file<std::basic_string<char>>', made here; others may differ
  co_return;
}

struct memory_stream {
  void write(const char *, long) {}
};

// Blocks for one instantiation and not for the other: reported, with the
// instantiation that does.
template <class Stream>
asio::awaitable<void> save(Stream &stream, std::string data) {
  stream.write(data.data(), data.size());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::basic_ostream::write' {{.*}} blocking the event loop thread
  // CHECK-MESSAGES: :[[@LINE+9]]:12: note: found in the instantiation 'save<std::basic_ofstream<char>>', made here; others may differ
  co_return;
}

asio::awaitable<void> start(std::ofstream &out, memory_stream &memory) {
  std::string path = "a.txt";
  co_await send_file(path);
  co_await send_file(std::string("b.txt"));
  co_await save(memory, "x"); // Quiet: memory_stream::write does not block.
  co_await save(out, "y");
}
