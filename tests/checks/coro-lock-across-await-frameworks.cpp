// RUN: %check_coro_lint %s coro-lock-across-await %t -- -std=c++20 -isystem %inputs/cppcoro -isystem %inputs/folly

// coro-lock-across-await with the cppcoro and folly mocks: locks a
// coroutine awaits are no synchronous locks; an await known to resume on a
// pool says the unlock happens on another thread; the advice names the
// framework's own async mutex; classes marked scoped_lockable are guards.

#include <coroutine>
#include <cppcoro/async_mutex.hpp>
#include <cppcoro/static_thread_pool.hpp>
#include <cppcoro/task.hpp>
#include <folly/coro/Mutex.h>
#include <folly/coro/Task.h>
#include <mutex>

cppcoro::task<> step();
folly::coro::Task<void> folly_step();

// ---- Async mutexes: quiet ----------------------------------------------------

cppcoro::task<> cppcoro_scoped(cppcoro::async_mutex &m, int &count) {
  auto lock = co_await m.scoped_lock_async();
  ++count;
  co_await step();
}

cppcoro::task<> cppcoro_manual(cppcoro::async_mutex &m, int &count) {
  co_await m.lock_async();
  ++count;
  co_await step();
  m.unlock();
}

// folly's scoped lock is a std::unique_lock over folly::coro::Mutex.
folly::coro::Task<void> folly_scoped(folly::coro::Mutex &m, int &count) {
  std::unique_lock<folly::coro::Mutex> lock = co_await m.co_scoped_lock();
  ++count;
  co_await folly_step();
}

folly::coro::Task<void> folly_adopted(folly::coro::Mutex &m, int &count) {
  co_await m.co_lock();
  std::unique_lock<folly::coro::Mutex> lock(m, std::adopt_lock);
  ++count;
  co_await folly_step();
}

// ---- Synchronous locks: the advice names the framework's async mutex -----------

folly::coro::Task<void> folly_sync(std::mutex &m, int &count) {
  std::lock_guard lock(m);
  co_await folly_step();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_await' suspends the coroutine while 'lock' holds 'm' (since line [[@LINE-2]])
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'lock' takes 'm' here
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: if the coroutine resumes on another thread
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: end the lock's scope before the 'co_await' (a block around the code that needs it), or use a mutex that the coroutine awaits: folly::coro::Mutex (co_await <mutex>.co_scoped_lock()); folly::coro::SharedMutexFair (co_await <mutex>.co_scoped_lock())
  ++count;
}

// A lock adopted after a direct lock() is held by the guard.
cppcoro::task<> adopted(std::mutex &m, int &count) {
  m.lock();
  std::lock_guard lock(m, std::adopt_lock);
  co_await step();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_await' suspends the coroutine while 'lock' holds 'm' (since line [[@LINE-2]])
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'lock' takes 'm' here
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: if the coroutine resumes on another thread
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: end the lock's scope before the 'co_await' (a block around the code that needs it), or use a mutex that the coroutine awaits: cppcoro::async_mutex (co_await <mutex>.scoped_lock_async())
  ++count;
}

// ---- Awaits that never suspend: quiet -------------------------------------------

struct always_ready {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  int await_resume() const noexcept { return 1; }
};

cppcoro::task<> ready_awaits(std::mutex &m, int &count) {
  std::lock_guard lock(m);
  count += co_await always_ready{};
  co_await std::suspend_never{};
}

// ---- An await that resumes on a pool ------------------------------------------

cppcoro::task<> to_pool(cppcoro::static_thread_pool &pool, std::mutex &m,
                        int &count) {
  std::unique_lock lock(m);
  ++count;
  co_await pool.schedule();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_await' suspends the coroutine while 'lock' holds 'm'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'pool.schedule()' resumes the coroutine on a thread pool: the lock is released by a thread that did not take it, undefined behaviour for std::mutex and other mutexes that only their owner may unlock
  ++count;
}

// ---- Classes marked scoped_lockable ---------------------------------------------

struct __attribute__((capability("mutex"))) SpinLock {
  void lock() __attribute__((acquire_capability()));
  void unlock() __attribute__((release_capability()));
};

class __attribute__((scoped_lockable)) SpinGuard {
public:
  explicit SpinGuard(SpinLock &lock) __attribute__((acquire_capability(lock)));
  SpinGuard(SpinLock &lock, int deferred);
  ~SpinGuard() __attribute__((release_capability()));
};

cppcoro::task<> spin_guarded(SpinLock &spin, int &count) {
  SpinGuard guard(spin);
  co_await step();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_await' suspends the coroutine while 'guard' holds 'spin' (since line [[@LINE-2]])
  ++count;
}

// A class that annotates none of its constructors locks in each of them.
class __attribute__((scoped_lockable)) StateGuard {
public:
  StateGuard();
  ~StateGuard();
};

cppcoro::task<> state_guarded(int &count) {
  StateGuard guard;
  co_await step();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_await' suspends the coroutine while 'guard' holds its lock (since line [[@LINE-2]])
  ++count;
}

// A constructor that acquires nothing, where others say they do: quiet.
cppcoro::task<> spin_deferred(SpinLock &spin, int &count) {
  SpinGuard guard(spin, 0);
  co_await step();
  ++count;
}

cppcoro::task<> spin_direct(SpinLock &spin, int &count) {
  spin.lock();
  co_await step();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_await' suspends the coroutine while 'spin' is locked (since line [[@LINE-2]])
  spin.unlock();
  ++count;
}

// ---- A generator is resumed by its consumer: judged only when it awaits ---------

template <typename T> struct generator {
  struct promise_type {
    T value;
    generator get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T v) {
      value = v;
      return {};
    }
    void return_void() {}
    void unhandled_exception() {}
  };
};

generator<int> counted(std::mutex &m, int &count) {
  std::lock_guard lock(m);
  for (int i = 0; i < 3; ++i)
    co_yield ++count;
}

// An asynchronous generator: it awaits, so it runs where its awaits resume.
generator<int> polled(std::mutex &m, int &count) {
  co_await std::suspend_always{};
  std::lock_guard lock(m);
  co_yield ++count;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_yield' suspends the coroutine while 'lock' holds 'm' (since line [[@LINE-2]])
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: if the coroutine resumes on another thread
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: end the lock's scope before the 'co_yield' (a block around the code that needs it){{$}}
}
