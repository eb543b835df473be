#include <asio.hpp>
#include <atomic>
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
  asio::awaitable<void> handle(std::string body);

private:
  tcp::socket socket_;
  std::string filter_;
  std::atomic<bool> ready_{false};
  std::uint64_t digest_ = 0;
};

asio::awaitable<void> session::handle(std::string body) {
  for (int round = 0; round < 2'000'000; ++round) // 2,000,000 rounds
    digest_ = mix(digest_, round);
  std::regex pattern(filter_); // compiles a regular expression
  while (!ready_.load()) {     // spins until another thread sets it
  }
  std::string packed = pack(body); // compresses
  co_await asio::async_write(socket_, asio::buffer(packed), asio::use_awaitable);
}
