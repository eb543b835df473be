// Stock comparison cases: a synchronous lock held across a suspension point.
// Format (read by bench/compare-stock-checks.py):
//   // case: <name>: <description>    starts a case; it runs to the next one
//   // expect: bug <check>            a finding belongs on this line
//   // expect: ok <check>             a finding on this line would be wrong
// A case with an `expect: bug` line is a bug case, else an ok case.
#include "mini_coro.hpp"

#include <asio.hpp>
#include <asio/experimental/coro.hpp>

#include <mutex>
#include <vector>

namespace locks {

std::mutex state_mutex;
int counter = 0;
std::vector<int> values;

asio::awaitable<void> pause();
asio::awaitable<int> read_value();
void hand_off(std::unique_lock<std::mutex> lock);
mini::task<int> read_value_later();

// case: lock-guard-across-await: std::lock_guard held across co_await
asio::awaitable<void> guard_across_await() {
  std::lock_guard<std::mutex> guard(state_mutex);
  ++counter;
  co_await pause(); // expect: bug coro-lock-across-await
}

// case: unique-lock-unlocked: std::unique_lock unlock()ed before co_await
asio::awaitable<void> unlocked_before_await() {
  std::unique_lock<std::mutex> lock(state_mutex);
  ++counter;
  lock.unlock();
  co_await pause(); // expect: ok coro-lock-across-await
}

// case: unique-lock-moved-away: std::unique_lock moved away before co_await
asio::awaitable<void> moved_before_await() {
  std::unique_lock<std::mutex> lock(state_mutex);
  ++counter;
  hand_off(std::move(lock));
  co_await pause(); // expect: ok coro-lock-across-await
}

// case: relocked-after-unlock: unlock(), co_await, lock() again, co_await
asio::awaitable<void> relocked_after_unlock() {
  std::unique_lock<std::mutex> lock(state_mutex);
  ++counter;
  lock.unlock();
  co_await pause(); // expect: ok coro-lock-across-await
  lock.lock();
  ++counter;
  co_await pause(); // expect: bug coro-lock-across-await
}

// case: guard-in-closed-block: lock_guard in a block closed before co_await
asio::awaitable<void> guard_in_closed_block() {
  {
    std::lock_guard<std::mutex> guard(state_mutex);
    ++counter;
  }
  co_await pause(); // expect: ok coro-lock-across-await
}

// case: await-in-initializer: `int n = co_await f();` with a lock_guard held
asio::awaitable<void> await_in_initializer() {
  std::lock_guard<std::mutex> guard(state_mutex);
  int n = co_await read_value(); // expect: bug coro-lock-across-await
  counter += n;
}

// case: await-in-assignment: `n = co_await f();` with a lock_guard held
asio::awaitable<void> await_in_assignment() {
  int n = 0;
  std::lock_guard<std::mutex> guard(state_mutex);
  n = co_await read_value(); // expect: bug coro-lock-across-await
  counter += n;
}

// case: co-yield-with-lock: co_yield in an asynchronous generator on the loop with a lock_guard held
asio::experimental::coro<int> snapshot_values(asio::any_io_executor executor) {
  co_await asio::post(executor, asio::experimental::use_coro);
  std::lock_guard<std::mutex> guard(state_mutex);
  for (int value : values)
    co_yield value; // expect: bug coro-lock-across-await
}

// case: scoped-lockable-guard: a [[clang::scoped_lockable]] type across co_await
class [[clang::scoped_lockable]] state_guard {
public:
  state_guard() { state_mutex.lock(); }
  ~state_guard() { state_mutex.unlock(); }
};

asio::awaitable<void> scoped_lockable_across_await() {
  state_guard guard;
  ++counter;
  co_await pause(); // expect: bug coro-lock-across-await
}

// case: async-mutex-scoped-lock: unique_lock from co_await m.co_scoped_lock()
mini::async_mutex queue_mutex;

mini::task<int> async_locked_update() {
  std::unique_lock<mini::async_mutex> lock =
      co_await queue_mutex.co_scoped_lock(); // expect: ok coro-lock-across-await
  int n = co_await read_value_later(); // expect: ok coro-lock-across-await
  counter += n;
  co_return counter;
}

// case: mutex-lock-unlock-across-await: m.lock(); co_await ...; m.unlock();
asio::awaitable<void> lock_call_across_await() {
  state_mutex.lock();
  ++counter;
  co_await pause(); // expect: bug coro-lock-across-await
  state_mutex.unlock();
}

} // namespace locks
