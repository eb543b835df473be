#include <asio.hpp>
#include <functional>
#include <utility>
#include <vector>

struct Order {
  int id;
};

class Store {
public:
  asio::awaitable<void> record_visit(int user_id);
  asio::awaitable<std::vector<Order>> load_orders(int user_id);
};

asio::awaitable<void> flush_logs();
void on_shutdown(std::function<void()> hook);

asio::awaitable<std::size_t> handle(Store &store, int user_id) {
  co_await store.record_visit(user_id);
  auto orders = co_await store.load_orders(user_id);
  auto later = store.load_orders(user_id); // fine: awaited below
  auto again = co_await std::move(later);
  auto executor = co_await asio::this_coro::executor;
  asio::co_spawn(executor, flush_logs(), asio::detached); // handed to a runner
  on_shutdown([executor] { // fine: the callback starts the task
    asio::co_spawn(executor, flush_logs(), asio::detached);
  });
  co_return orders.size() + again.size();
}
