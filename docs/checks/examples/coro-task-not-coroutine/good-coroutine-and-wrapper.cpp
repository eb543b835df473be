#include <asio.hpp>
#include <string>

struct Stats {
  int visits = 0;
};

asio::awaitable<std::string> load_name(int user_id); // a coroutine elsewhere
asio::awaitable<std::string> guest_name() { co_return "guest"; }

asio::awaitable<void> count_visit(Stats &stats) {
  ++stats.visits;
  co_return;
}

// A wrapper: another coroutine's task on every path.
asio::awaitable<std::string> name_or_guest(int user_id) {
  if (user_id != 0)
    return load_name(user_id);
  return guest_name();
}
