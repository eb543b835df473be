// RUN: %check_coro_lint %s coro-lock-across-await %t -- %asio_flags

// coro-lock-across-await with standalone asio's real headers (libasio-dev):
// a synchronous lock held on every path to a co_await, flow-sensitively.

#include <asio.hpp>
#include <condition_variable>
#include <mutex>
#include <shared_mutex>

asio::awaitable<void> tick();
asio::awaitable<int> next_value();
void consume(std::unique_lock<std::mutex> lock);
// Unlocks the mutex while it waits, and locks it again before it resumes.
asio::awaitable<void> wait_unlocked(std::mutex &mutex);

struct Counter {
  std::mutex mutex_;
  std::shared_mutex shared_;
  std::condition_variable changed_;
  int value_ = 0;

  // ---- Held across the await --------------------------------------------

  asio::awaitable<void> guard_then_uses() {
    std::lock_guard lock(mutex_);
    co_await tick();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'co_await' suspends the coroutine while 'lock' holds 'mutex_' (since line [[@LINE-2]]): another coroutine on this event loop that takes the lock blocks the loop's thread, which this coroutine needs to resume and unlock it [coro-lock-across-await]
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'lock' takes 'mutex_' here
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: if the coroutine resumes on another thread, the lock is released by a thread that did not take it: undefined behaviour for std::mutex and other mutexes that only their owner may unlock
    // CHECK-MESSAGES: :[[@LINE-4]]:5: note: end the lock's scope before the 'co_await' (a block around the code that needs it), or use a mutex that the coroutine awaits: asio::experimental::channel (of capacity 1, as a mutex: co_await async_send to take it, try_receive to release it)
    ++value_;
  }

  // The awaited value goes into a variable: misc-coroutine-hostile-raii
  // misses this form (LLVM issue 72793).
  asio::awaitable<void> await_in_initializer() {
    std::scoped_lock lock(mutex_);
    int n = co_await next_value();
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'co_await' suspends the coroutine while 'lock' holds 'mutex_' (since line [[@LINE-2]])
    value_ = n;
  }

  asio::awaitable<void> await_in_assignment() {
    std::unique_lock lock(mutex_);
    value_ = co_await next_value();
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'co_await' suspends the coroutine while 'lock' holds 'mutex_'
  }

  asio::awaitable<void> relocked() {
    std::unique_lock lock(mutex_);
    lock.unlock();
    co_await tick(); // Quiet: unlocked.
    lock.lock();
    co_await tick();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'co_await' suspends the coroutine while 'lock' holds 'mutex_' (since line [[@LINE-2]])
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'lock' takes 'mutex_' here
    ++value_;
  }

  asio::awaitable<void> direct_lock() {
    mutex_.lock();
    co_await tick();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'co_await' suspends the coroutine while 'mutex_' is locked (since line [[@LINE-2]])
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'mutex_' is locked here
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: end the lock's scope before the 'co_await' (a block around the code that needs it), or unlock it first, or use a mutex
    mutex_.unlock();
  }

  asio::awaitable<void> shared_reader() {
    std::shared_lock lock(shared_);
    co_await tick();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'co_await' suspends the coroutine while 'lock' holds 'shared_'
    ++value_;
  }

  // Two locks: the warning names the one taken last; a note for each.
  asio::awaitable<void> two_locks(std::mutex &other) {
    std::lock_guard first(mutex_);
    std::lock_guard second(other);
    while (value_ < 10) {
      co_await tick();
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'co_await' suspends the coroutine while 'second' holds 'other' (since line [[@LINE-3]])
      // CHECK-MESSAGES: :[[@LINE-4]]:5: note: 'second' takes 'other' here
      // CHECK-MESSAGES: :[[@LINE-6]]:5: note: 'first' takes 'mutex_' here
      ++value_;
    }
  }

  asio::awaitable<void> lambda_coroutine() {
    auto step = [this]() -> asio::awaitable<void> {
      std::lock_guard lock(mutex_);
      co_await tick();
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'co_await' suspends the coroutine while 'lock' holds 'mutex_'
      ++value_;
    };
    co_await step();
  }

  // ---- Not held: quiet ----------------------------------------------------

  asio::awaitable<void> unlocked_first() {
    std::unique_lock lock(mutex_);
    ++value_;
    lock.unlock();
    co_await tick();
  }

  asio::awaitable<void> released() {
    std::unique_lock lock(mutex_);
    lock.release()->unlock();
    co_await tick();
  }

  asio::awaitable<void> moved_away() {
    std::unique_lock lock(mutex_);
    consume(std::move(lock));
    co_await tick();
  }

  asio::awaitable<void> block_closed() {
    {
      std::lock_guard lock(mutex_);
      ++value_;
    }
    co_await tick();
  }

  asio::awaitable<void> per_iteration() {
    for (int i = 0; i < 3; ++i) {
      {
        std::lock_guard lock(mutex_);
        ++value_;
      }
      co_await tick();
    }
  }

  asio::awaitable<void> deferred() {
    std::unique_lock lock(mutex_, std::defer_lock);
    co_await tick();
    lock.lock();
    ++value_;
  }

  // Unlocked on one path only: maybe held, and corolint does not claim.
  asio::awaitable<void> unlocked_on_one_branch(bool done) {
    std::unique_lock lock(mutex_);
    if (done)
      lock.unlock();
    co_await tick();
  }

  asio::awaitable<void> tried() {
    std::unique_lock lock(mutex_, std::try_to_lock);
    co_await tick();
  }

  // Passed where it may change: not followed.
  asio::awaitable<void> waited_on() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock);
    co_await tick();
  }

  asio::awaitable<void> direct_unlocked() {
    mutex_.lock();
    ++value_;
    mutex_.unlock();
    co_await tick();
  }

  // The mutex handed to an awaited wait that unlocks it while suspended, as
  // a coroutine condition variable does: not followed, so not claimed.
  asio::awaitable<void> condition_wait() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (value_ == 0)
      co_await wait_unlocked(mutex_);
    --value_;
  }

  // An await that never suspends (its awaiter is always ready).
  asio::awaitable<void> reads_executor() {
    std::lock_guard lock(mutex_);
    auto executor = co_await asio::this_coro::executor;
    (void)executor;
    ++value_;
  }

  // A lambda that locks, inside a coroutine, is not the coroutine.
  asio::awaitable<void> lambda_locks() {
    auto bump = [this] {
      std::lock_guard lock(mutex_);
      ++value_;
    };
    bump();
    co_await tick();
  }

  // A plain function may hold a lock as long as it likes.
  void plain() {
    std::lock_guard lock(mutex_);
    ++value_;
  }
};

// ---- Fix-its: only where the suspension ends the guard's scope -------------

asio::awaitable<void> guard_ends_with_await(std::mutex &m, int &count) {
  std::lock_guard lock(m);
  ++count;
  co_await tick();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_await' suspends the coroutine while 'lock' holds 'm'
}
// CHECK-FIXES:      asio::awaitable<void> guard_ends_with_await(std::mutex &m, int &count) {
// CHECK-FIXES-NEXT:   {
// CHECK-FIXES-NEXT:   std::lock_guard lock(m);
// CHECK-FIXES-NEXT:   ++count;
// CHECK-FIXES-NEXT:   }
// CHECK-FIXES-NEXT:   co_await tick();

asio::awaitable<void> unique_ends_with_await(std::mutex &m, int &count) {
  std::unique_lock lock(m);
  ++count;
  co_await tick();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_await' suspends the coroutine while 'lock' holds 'm'
}
// CHECK-FIXES:      std::unique_lock lock(m);
// CHECK-FIXES-NEXT:   ++count;
// CHECK-FIXES-NEXT:   lock.unlock();
// CHECK-FIXES-NEXT:   co_await tick();

// No fix-it: the awaited operation reads what the lock may protect.
asio::awaitable<void> send(int value);
asio::awaitable<void> awaits_protected(std::mutex &m, int &count) {
  std::lock_guard lock(m);
  co_await send(count);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_await' suspends the coroutine while 'lock' holds 'm'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: end the lock's scope before the 'co_await'
}
// CHECK-FIXES:      asio::awaitable<void> awaits_protected(std::mutex &m, int &count) {
// CHECK-FIXES-NEXT:   std::lock_guard lock(m);
// CHECK-FIXES-NEXT:   co_await send(count);

// No fix-it: the await's result is used.
asio::awaitable<int> result_used(std::mutex &m) {
  std::lock_guard lock(m);
  co_return co_await next_value();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'co_await' suspends the coroutine while 'lock' holds 'm'
}

// A template as written: the guard's type depends on the parameter.
template <typename Mutex>
asio::awaitable<void> templated(Mutex &m) {
  std::lock_guard<Mutex> lock(m);
  co_await tick();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_await' suspends the coroutine while 'lock' holds 'm'
}
template asio::awaitable<void> templated(std::mutex &);
