#include <cppcoro/async_mutex.hpp>
#include <cppcoro/task.hpp>
#include <vector>

cppcoro::task<> write_record(int record); // a coroutine elsewhere

// cppcoro's async_mutex is taken with co_await: a coroutine that waits for
// it suspends instead of blocking the thread, so holding it across an await
// is fine.
cppcoro::task<> append_all(cppcoro::async_mutex &log_mutex,
                           std::vector<int> records) {
  auto lock = co_await log_mutex.scoped_lock_async();
  for (int record : records)
    co_await write_record(record);
}
