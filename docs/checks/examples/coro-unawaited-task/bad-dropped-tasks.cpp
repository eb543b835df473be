#include <asio.hpp>
#include <functional>
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

asio::awaitable<void> handle(Store &store, int user_id) {
  store.record_visit(user_id);              // (1) never runs
  auto orders = store.load_orders(user_id); // (2) never runs, never used
  on_shutdown([]() -> asio::awaitable<void> { // (3) on_shutdown takes a
    co_await flush_logs();                    //     std::function<void()>:
  });                                         //     the task is dropped
  co_return;
}
