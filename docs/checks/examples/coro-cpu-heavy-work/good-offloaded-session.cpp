#include <asio.hpp>
#include <cstdint>
#include <regex>
#include <string>
#include <zlib.h>

using asio::ip::tcp;

std::uint64_t mix(std::uint64_t digest, int round) { return digest * 31 + round; }

// Compresses a reply at the highest level: CPU-heavy.
std::string pack(const std::string &body) {
  std::string packed(compressBound(body.size()), '\0');
  uLongf size = packed.size();
  compress2(reinterpret_cast<Bytef *>(packed.data()), &size,
            reinterpret_cast<const Bytef *>(body.data()), body.size(), 9);
  packed.resize(size);
  return packed;
}

class session {
public:
  asio::awaitable<void> handle(std::string body, asio::thread_pool &pool);

private:
  tcp::socket socket_;
  std::uint64_t digest_ = 0;
};

asio::awaitable<void> session::handle(std::string body,
                                      asio::thread_pool &pool) {
  static const std::regex pattern("^[a-z]+$");      // compiled once
  for (int round = 0; round < 2'000'000; ++round) { // yields every 10,000
    digest_ = mix(digest_, round);
    if (round % 10'000 == 0)
      co_await asio::post(co_await asio::this_coro::executor,
                          asio::use_awaitable);
  }
  std::string packed = co_await asio::co_spawn( // on the pool's threads
      pool, [&]() -> asio::awaitable<std::string> { co_return pack(body); },
      asio::use_awaitable);
  for (int i = 0; i < 999; ++i) // small
    digest_ = mix(digest_, i);
  co_await asio::async_write(socket_, asio::buffer(packed), asio::use_awaitable);
}
