// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20 -isystem %inputs/concurrencpp

// A coroutine that awaits a concurrencpp result which is not ready yet is
// resumed by the thread that completes it (knowledge: the task type's
// `resumes: where_completed`). When every result the await can be waiting on
// was produced on an executor with threads of its own (a submit() to it, or a
// coroutine started on it with an executor_tag), the code after the await
// runs there, not on the loop. A result produced anywhere else, or an await
// that may not happen, leaves the coroutine where it was.

#include <chrono>
#include <concurrencpp/concurrencpp.h>
#include <memory>
#include <thread>
#include <vector>

using namespace concurrencpp;

result<int> on_pool(executor_tag, std::shared_ptr<thread_pool_executor> pool,
                    int value) {
  co_return value;
}

result<int> on_caller(int value) { co_return value; }

result<void> awaits_pool_work(std::shared_ptr<thread_pool_executor> pool) {
  result<int> started = on_pool({}, pool, 1);
  co_await started;
  std::this_thread::sleep_for(std::chrono::milliseconds(1)); // Quiet.
}

result<void> awaits_submitted(std::shared_ptr<thread_pool_executor> pool) {
  co_await pool->submit([] { return 1; });
  std::this_thread::sleep_for(std::chrono::milliseconds(1)); // Quiet.
}

// Every element of the vector was made on the pool; the loops run at least
// once, so the coroutine is on the pool after them.
result<void> awaits_all(std::shared_ptr<thread_pool_executor> pool) {
  std::vector<result<int>> results;
  for (int i = 0; i < 16; i++)
    results.emplace_back(on_pool({}, pool, i));
  int sum = 0;
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++)
      sum += co_await results[i * 4 + j];
  std::this_thread::sleep_for(std::chrono::milliseconds(sum)); // Quiet.
}

// Made on the awaiting thread: the coroutine stays where it was.
result<void> awaits_local_work() {
  result<int> started = on_caller(1);
  co_await started;
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread
}

// One of the producers is not on the pool.
result<void> awaits_mixed(std::shared_ptr<thread_pool_executor> pool,
                          bool local) {
  result<int> started = on_pool({}, pool, 1);
  if (local)
    started = on_caller(2);
  co_await started;
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread
}

// The vector is filled elsewhere too: its producers are not all known.
void fill(std::vector<result<int>> &results);

result<void> awaits_unknown(std::shared_ptr<thread_pool_executor> pool) {
  std::vector<result<int>> results;
  results.emplace_back(on_pool({}, pool, 1));
  fill(results);
  co_await results[0];
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread
}

// A loop with a bound known only at run time may not await at all.
result<void> awaits_maybe(std::shared_ptr<thread_pool_executor> pool, int n) {
  std::vector<result<int>> results;
  for (int i = 0; i < n; i++)
    results.emplace_back(on_pool({}, pool, i));
  for (int i = 0; i < n; i++)
    co_await results[i];
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread
}

// A loop that may leave before its first await.
result<void> awaits_after_break(std::shared_ptr<thread_pool_executor> pool,
                                bool stop) {
  result<int> started = on_pool({}, pool, 1);
  for (int i = 0; i < 1; i++) {
    if (stop)
      break;
    co_await started;
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread
}

// A result produced on an inline executor completes on the awaiting thread.
result<void> awaits_inline(std::shared_ptr<inline_executor> here) {
  co_await here->submit([] { return 1; });
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread
}
