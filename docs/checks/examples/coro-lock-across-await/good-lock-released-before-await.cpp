#include <asio.hpp>
#include <map>
#include <mutex>
#include <string>

asio::awaitable<std::string> load_profile(int user_id); // a coroutine elsewhere

class ProfileCache {
public:
  // The lock is taken twice, around the map, never across the await.
  asio::awaitable<std::string> lookup(int user_id) {
    {
      std::lock_guard lock(cache_mutex_);
      if (auto found = cache_.find(user_id); found != cache_.end())
        co_return found->second;
    }
    std::string profile = co_await load_profile(user_id);
    std::unique_lock lock(cache_mutex_);
    cache_[user_id] = profile;
    lock.unlock();
    co_await asio::post(asio::use_awaitable); // let others run
    co_return profile;
  }

private:
  std::mutex cache_mutex_;
  std::map<int, std::string> cache_;
};
