#include <asio.hpp>
#include <string>
#include <string_view>

asio::awaitable<void> log_line(std::string_view line) { co_return; }
asio::awaitable<void> send_reply(std::string body) { co_return; } // by value

struct Connection {
  asio::io_context &io;

  asio::awaitable<void> on_request(int id) {
    // Awaited in the same expression: the temporary outlives the task.
    co_await log_line(std::to_string(id));
    // Taken by value: the coroutine frame owns its copy.
    std::string body = "ok";
    asio::co_spawn(io, send_reply(body), asio::detached);
  }

  void on_close(int id) {
    // The lambda's state as a parameter: copied into the coroutine frame.
    asio::co_spawn(
        io,
        [](int closed) -> asio::awaitable<void> { co_await log_line("closed"); }(id),
        asio::detached);
  }
};

int main() {
  asio::io_context io;
  std::string banner = "hello";
  // 'banner' outlives io.run(), which runs the task.
  asio::co_spawn(io, log_line(banner), asio::detached);
  io.run();
}
