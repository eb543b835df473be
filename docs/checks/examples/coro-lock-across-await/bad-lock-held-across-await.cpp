#include <asio.hpp>
#include <map>
#include <mutex>
#include <string>

asio::awaitable<std::string> load_profile(int user_id); // a coroutine elsewhere
asio::awaitable<void> flush_metrics();

class ProfileCache {
public:
  // The lock is held while load_profile runs: every other coroutine of the
  // loop that calls lookup() blocks the loop's thread on cache_mutex_.
  asio::awaitable<std::string> lookup(int user_id) {
    std::lock_guard lock(cache_mutex_);
    if (auto found = cache_.find(user_id); found != cache_.end())
      co_return found->second;
    std::string profile = co_await load_profile(user_id);
    cache_[user_id] = profile;
    co_return profile;
  }

  // Nothing after the await needs the lock: the fix-it ends it before.
  asio::awaitable<void> record_hit() {
    std::unique_lock lock(stats_mutex_);
    ++hits_;
    co_await flush_metrics();
  }

private:
  std::mutex cache_mutex_;
  std::map<int, std::string> cache_;
  std::mutex stats_mutex_;
  long hits_ = 0;
};
