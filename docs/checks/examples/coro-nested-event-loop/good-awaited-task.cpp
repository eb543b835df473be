#include <cppcoro/io_service.hpp>
#include <cppcoro/task.hpp>

cppcoro::task<int> fetch(cppcoro::io_service &io) {
  co_await io.schedule(); // resumes on io's event loop
  co_return 42;
}

cppcoro::task<int> total(cppcoro::io_service &io) {
  int a = co_await fetch(io);
  co_return a + 1;
}
