#include <asio.hpp>
#include <string>
#include <string_view>

asio::awaitable<void> log_line(std::string_view line) { co_return; }
asio::awaitable<void> send_reply(const std::string &body) { co_return; }

struct Connection {
  asio::io_context &io;

  void on_request(int id) {
    // The std::string made for the parameter dies at the semicolon.
    asio::co_spawn(io, log_line(std::to_string(id)), asio::detached);
    // 'body' dies when on_request returns, before the task runs.
    std::string body = "ok";
    asio::co_spawn(io, send_reply(body), asio::detached);
  }

  void on_close(int id) {
    // The lambda object holding 'id' is a temporary.
    asio::co_spawn(
        io, [id]() -> asio::awaitable<void> { co_await log_line("closed"); }(),
        asio::detached);
  }
};
