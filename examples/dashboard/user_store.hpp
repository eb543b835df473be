// user_store.hpp - an in-memory stand-in for the dashboard's database.
#pragma once

#include <asio.hpp>

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dashboard {

struct User { int id = 0; std::string name; };
struct Order { int id = 0; std::string item; int total_cents = 0; };

// Suspends the calling coroutine for `delay`, imitating a database round trip.
inline asio::awaitable<void> simulate_latency(std::chrono::milliseconds delay) {
  asio::steady_timer timer(co_await asio::this_coro::executor, delay);
  co_await timer.async_wait(asio::use_awaitable);
}

// Not thread-safe: everything runs on the single io_context thread in main().
class UserStore {
 public:
  asio::awaitable<std::optional<User>> find_user(int user_id) {
    co_await simulate_latency(std::chrono::milliseconds(20));
    auto it = users_.find(user_id);
    co_return it == users_.end() ? std::nullopt : std::optional<User>(it->second);
  }

  asio::awaitable<std::vector<Order>> load_orders(int user_id) {
    co_await simulate_latency(std::chrono::milliseconds(35));
    std::vector<Order> result;
    auto [first, last] = orders_.equal_range(user_id);
    for (auto it = first; it != last; ++it) result.push_back(it->second);
    co_return result;
  }

  asio::awaitable<void> record_visit(int user_id) {
    co_await simulate_latency(std::chrono::milliseconds(5));
    ++visits_[user_id];
  }

  std::size_t visit_count(int user_id) const {
    auto it = visits_.find(user_id);
    return it == visits_.end() ? 0 : it->second;
  }

 private:
  std::map<int, User> users_{{1, {1, "Ada"}}, {2, {2, "Grace"}}, {3, {3, "Linus"}}};
  std::multimap<int, Order> orders_{{1, {101, "mechanical keyboard", 12900}},
                                    {1, {102, "USB-C cable", 1450}},
                                    {2, {201, "27\" monitor", 31999}}};  // keyed by user id
  std::map<int, std::size_t> visits_;
};

}  // namespace dashboard
