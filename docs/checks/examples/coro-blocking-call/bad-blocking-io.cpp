#include <asio.hpp>
#include <chrono>
#include <httplib.h>
#include <string>
#include <thread>

using asio::ip::tcp;

// A helper that asks another service for a price, over blocking HTTP.
int fetch_price() {
  httplib::Client pricing("http://pricing.internal");
  auto reply = pricing.Get("/price");
  return reply ? std::stoi(reply->body) : 0;
}

asio::awaitable<void> serve(tcp::socket socket) {
  std::string request;
  asio::read_until(socket, asio::dynamic_buffer(request), "\r\n"); // blocks
  std::this_thread::sleep_for(std::chrono::milliseconds(20));      // blocks
  std::string reply = std::to_string(fetch_price()) + "\r\n";      // blocks
  co_await asio::async_write(socket, asio::buffer(reply), asio::use_awaitable);
}
