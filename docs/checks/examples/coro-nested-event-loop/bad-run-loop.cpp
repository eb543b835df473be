#include <asio.hpp>
#include <string>

using asio::ip::tcp;

asio::awaitable<int> compute() { co_return 42; }

asio::awaitable<void> report(asio::io_context &io, tcp::socket &socket) {
  auto result = asio::co_spawn(io, compute(), asio::use_future);
  int value = result.get(); // deadlocks: compute needs io
  io.run();                 // re-enters the loop this coroutine runs on
  std::string line = std::to_string(value) + "\n";
  co_await asio::async_write(socket, asio::buffer(line), asio::use_awaitable);
}
