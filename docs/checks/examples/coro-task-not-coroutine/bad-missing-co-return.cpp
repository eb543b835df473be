#include <asio.hpp>
#include <string>

struct Stats {
  int visits = 0;
};

asio::awaitable<std::string> load_name(int user_id); // a coroutine elsewhere

// Meant as a coroutine, but nothing in it awaits or co_returns.
asio::awaitable<void> count_visit(Stats &stats) {
  ++stats.visits;
}

// A wrapper that forgets one path.
asio::awaitable<std::string> name_or_guest(int user_id) {
  if (user_id != 0)
    return load_name(user_id);
}
