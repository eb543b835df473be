#include <asio.hpp>
#include <chrono>
#include <httplib.h>
#include <string>

using asio::ip::tcp;

// A helper that asks another service for a price, over blocking HTTP.
int fetch_price() {
  httplib::Client pricing("http://pricing.internal");
  auto reply = pricing.Get("/price");
  return reply ? std::stoi(reply->body) : 0;
}

asio::awaitable<void> serve(tcp::socket socket, asio::thread_pool &pool) {
  std::string request;
  co_await asio::async_read_until(socket, asio::dynamic_buffer(request), "\r\n",
                                  asio::use_awaitable);
  co_await asio::steady_timer(co_await asio::this_coro::executor,
                              std::chrono::milliseconds(20))
      .async_wait(asio::use_awaitable);
  int price = co_await asio::co_spawn( // fine: fetch_price runs on the pool
      pool, []() -> asio::awaitable<int> { co_return fetch_price(); },
      asio::use_awaitable);
  std::string reply = std::to_string(price) + "\r\n";
  co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
}
