// RUN: %check_coro_lint %s coro-cpu-heavy-work %t -- %asio_flags

// A project spin lock taken through a standard guard: constructing
// std::lock_guard, std::unique_lock or std::scoped_lock calls the lock's
// lock() (knowledge: lock_guards), which spins; reported like calling lock()
// directly. A guard that defers, adopts or tries the lock calls no lock(),
// and a lock whose lock() does not spin is not CPU-heavy work.

#include <asio.hpp>
#include <atomic>
#include <mutex>

class SpinLock {
public:
  void lock() {
    while (flag_.test_and_set(std::memory_order_acquire)) {
    }
  }
  bool try_lock() { return !flag_.test_and_set(std::memory_order_acquire); }
  void unlock() { flag_.clear(std::memory_order_release); }

private:
  std::atomic_flag flag_ = ATOMIC_FLAG_INIT;
};

class Counter {
public:
  void lock() { ++locked_; }
  void unlock() { --locked_; }

private:
  int locked_ = 0;
};

SpinLock spin;
Counter counter;
int shared;

asio::awaitable<void> direct() {
  spin.lock();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'SpinLock::lock' does CPU-heavy work on the event loop thread (a busy-wait on 'flag_'): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  ++shared;
  spin.unlock();
  co_return;
}

asio::awaitable<void> guarded() {
  std::lock_guard<SpinLock> guard(spin);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: constructing 'std::lock_guard<SpinLock>' does CPU-heavy work on the event loop thread (a busy-wait on 'flag_'): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  // CHECK-MESSAGES: :[[@LINE-34]]:5: note: 'SpinLock::lock' runs a busy-wait on 'flag_' here
  ++shared;
  co_return;
}

asio::awaitable<void> unique() {
  std::unique_lock guard(spin);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: constructing 'std::unique_lock<SpinLock>' does CPU-heavy work on the event loop thread (a busy-wait on 'flag_'): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  ++shared;
  co_return;
}

asio::awaitable<void> scoped() {
  std::scoped_lock guard(spin);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: constructing 'std::scoped_lock<SpinLock>' does CPU-heavy work on the event loop thread (a busy-wait on 'flag_'): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  ++shared;
  co_return;
}

asio::awaitable<void> deferred() {
  std::unique_lock<SpinLock> guard(spin, std::defer_lock); // Quiet.
  std::unique_lock<SpinLock> tried(spin, std::try_to_lock); // Quiet.
  spin.unlock();
  std::lock_guard<SpinLock> adopted(spin, std::adopt_lock); // Quiet.
  ++shared;
  co_return;
}

asio::awaitable<void> not_spinning() {
  std::lock_guard<Counter> guard(counter); // Quiet.
  ++shared;
  co_return;
}
