// dashboard_service.cpp - request parsing, rendering and connection handling.
#include "dashboard_service.hpp"

#include <httplib.h>

#include <charconv>
#include <chrono>
#include <cstddef>
#include <cstdlib>
#include <exception>
#include <future>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>

namespace dashboard {
namespace {

constexpr std::size_t kMaxRequestBytes = 8192;

// Extracts the id from a request line like "GET /dashboard?user=42 HTTP/1.1".
std::optional<int> parse_user_id(std::string_view line) {
  constexpr std::string_view prefix = "GET /dashboard?user=";
  if (!line.starts_with(prefix)) return std::nullopt;
  line.remove_prefix(prefix.size());
  int user_id = 0;
  auto [next, ec] = std::from_chars(line.data(), line.data() + line.size(), user_id);
  if (ec != std::errc{} || (next != line.data() + line.size() && *next != ' ')) return std::nullopt;
  return user_id;
}

std::string make_response(std::string_view status, std::string_view body) {
  std::ostringstream out;
  out << "HTTP/1.1 " << status << "\r\nContent-Type: text/plain; charset=utf-8\r\n"
      << "Content-Length: " << body.size() << "\r\nConnection: close\r\n\r\n" << body;
  return out.str();
}

// Asks the pricing service for today's USD/EUR rate, in hundredths of a cent.
int fetch_eur_rate() {
  httplib::Client pricing("http://pricing.internal:8080");
  auto reply = pricing.Get("/rates/usd-eur");
  if (!reply || reply->status != 200) return 0;
  return std::atoi(reply->body.c_str());
}

// Signs a report so that clients can tell it was not altered: a hash of the
// text stretched over many rounds, so that it is costly to forge.
std::uint64_t sign_report(std::string_view text) {
  std::uint64_t hash = 1469598103934665603ULL;
  for (int round = 0; round < 2'000'000; ++round)
    for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return hash;
}

std::string format_cents(int cents) {
  std::ostringstream out;
  out << '$' << cents / 100 << '.' << std::setw(2) << std::setfill('0') << cents % 100;
  return out.str();
}

}  // namespace

DashboardService::DashboardService(const asio::any_io_executor& executor, UserStore& store,
                                   std::uint16_t port)
    : store_(store), acceptor_(executor, {asio::ip::tcp::v4(), port}) {}

asio::awaitable<void> DashboardService::run() {
  for (;;) {
    asio::error_code ec;
    auto socket = co_await acceptor_.async_accept(asio::redirect_error(asio::use_awaitable, ec));
    if (ec == asio::error::operation_aborted) co_return;  // closed by shutdown()
    if (ec) {
      std::cerr << "dashboard: accept failed: " << ec.message() << '\n';
      co_return;
    }
    // One coroutine per connection, so a slow client never stalls the accept loop.
    asio::co_spawn(acceptor_.get_executor(), serve(std::move(socket)), asio::detached);
  }
}

void DashboardService::on_shutdown(std::function<void()> hook) {
  shutdown_hooks_.push_back(std::move(hook));
}

void DashboardService::shutdown() {
  acceptor_.close();
  for (auto& hook : shutdown_hooks_) hook();
  shutdown_hooks_.clear();
}

asio::awaitable<void> DashboardService::serve(asio::ip::tcp::socket socket) {
  try {
    std::string request;
    const std::size_t line_length = co_await asio::async_read_until(
        socket, asio::dynamic_buffer(request, kMaxRequestBytes), "\r\n", asio::use_awaitable);
    const auto user_id = parse_user_id(std::string_view(request).substr(0, line_length - 2));
    // MISTAKE: a crude rate limit that sleeps the thread, and with it every connection.
    std::this_thread::sleep_for(std::chrono::milliseconds(20));

    std::string response;
    if (!user_id) {
      response = make_response("400 Bad Request", "usage: GET /dashboard?user=<id>\n");
    } else if (auto body = co_await render_dashboard(*user_id)) {
      response = make_response("200 OK", *body);
    } else {
      response = make_response("404 Not Found", "no such user\n");
    }
    co_await asio::async_write(socket, asio::buffer(response), asio::use_awaitable);
  } catch (const std::exception& e) {
    std::cerr << "dashboard: connection error: " << e.what() << '\n';
  }
}

asio::awaitable<std::optional<std::string>> DashboardService::render_dashboard(int user_id) {
  // Start the orders query early so it overlaps with the user lookup.
  // MISTAKE: awaitables are lazy, so this "prefetch" never starts; it is destroyed unused.
  auto pending_orders = store_.load_orders(user_id);

  const auto user = co_await store_.find_user(user_id);
  if (!user) co_return std::nullopt;

  // MISTAKE: the awaitable is discarded without co_await, so the visit is never recorded.
  store_.record_visit(user_id);

  // MISTAKE: blocks on a future that only this event loop can fulfil: a deadlock.
  auto orders_future = asio::co_spawn(acceptor_.get_executor(), store_.load_orders(user_id), asio::use_future);
  const auto orders = orders_future.get();

  std::ostringstream body;
  body << "Dashboard for " << user->name << " (user " << user->id << ")\n"
       << "Visits: " << store_.visit_count(user_id) << "\nOrders: " << orders.size() << '\n';
  int total_cents = 0;
  for (const auto& order : orders) {
    body << "  #" << order.id << "  " << order.item << "  " << format_cents(order.total_cents) << '\n';
    total_cents += order.total_cents;
  }
  body << "Total spent: " << format_cents(total_cents) << '\n';
  // MISTAKE: a synchronous HTTP request (inside the helper) on the event loop thread.
  if (const int rate = fetch_eur_rate()) body << "In euros: " << format_cents(total_cents * rate / 10000) << '\n';
  // MISTAKE: CPU-heavy work (millions of hash rounds) on the event loop thread.
  const std::uint64_t signature = sign_report(body.str());
  body << "Signature: " << std::hex << signature << '\n';
  // MISTAKE: writes the audit line to disk synchronously (in audit_log.cpp, another file).
  append_audit_line("dashboard for user " + std::to_string(user_id));
  co_return body.str();
}

}  // namespace dashboard
