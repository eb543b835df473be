// dashboard_service.hpp - a tiny HTTP-ish front end for the user store.
#pragma once

#include "audit_log.hpp"
#include "user_store.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dashboard {

// Serves one plain-text endpoint, `GET /dashboard?user=<id>`. Each connection
// carries a single request and is closed after the response.
class DashboardService {
 public:
  DashboardService(const asio::any_io_executor& executor, UserStore& store, std::uint16_t port);

  // Accepts connections until shutdown() is called.
  asio::awaitable<void> run();
  // Registers a callback that shutdown() invokes once.
  void on_shutdown(std::function<void()> hook);
  // Stops accepting connections and runs the hooks; in-flight requests finish.
  void shutdown();

 private:
  asio::awaitable<void> serve(asio::ip::tcp::socket socket);
  asio::awaitable<std::optional<std::string>> render_dashboard(int user_id);

  UserStore& store_;
  asio::ip::tcp::acceptor acceptor_;
  std::vector<std::function<void()>> shutdown_hooks_;
};

}  // namespace dashboard
