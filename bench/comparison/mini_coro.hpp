// A tiny lazy task and an async mutex, written for the stock comparison
// cases: asio::awaitable cannot co_await foreign awaitables, which the
// async-mutex case needs.
#ifndef COROLINT_BENCH_COMPARISON_MINI_CORO_HPP
#define COROLINT_BENCH_COMPARISON_MINI_CORO_HPP

#include <coroutine>
#include <exception>
#include <mutex>
#include <utility>

namespace mini {

// A lazy task: it starts when awaited and resumes its awaiter when done.
template <typename T> class task {
public:
  struct promise_type {
    T value{};
    std::coroutine_handle<> continuation = std::noop_coroutine();

    task get_return_object() {
      return task(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    auto final_suspend() noexcept {
      struct resume_awaiter {
        bool await_ready() noexcept { return false; }
        std::coroutine_handle<>
        await_suspend(std::coroutine_handle<promise_type> done) noexcept {
          return done.promise().continuation;
        }
        void await_resume() noexcept {}
      };
      return resume_awaiter{};
    }
    void return_value(T result) { value = std::move(result); }
    void unhandled_exception() { std::terminate(); }
  };

  task(task &&other) noexcept : handle(std::exchange(other.handle, {})) {}
  ~task() {
    if (handle)
      handle.destroy();
  }

  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiter) {
    handle.promise().continuation = awaiter;
    return handle;
  }
  T await_resume() { return std::move(handle.promise().value); }

private:
  explicit task(std::coroutine_handle<promise_type> h) : handle(h) {}
  std::coroutine_handle<promise_type> handle;
};

// A mutex whose lock is awaited: a waiter suspends instead of blocking its
// thread. (Single-threaded sketch: enough for the cases to compile and read.)
class async_mutex {
public:
  bool try_lock() noexcept { return !std::exchange(locked, true); }
  void lock() { try_lock(); }
  void unlock() noexcept { locked = false; }

  // co_await m.co_scoped_lock() gives a std::unique_lock that owns the mutex.
  auto co_scoped_lock() {
    struct lock_awaiter {
      async_mutex &mutex;
      bool await_ready() noexcept { return mutex.try_lock(); }
      void await_suspend(std::coroutine_handle<>) noexcept {}
      std::unique_lock<async_mutex> await_resume() noexcept {
        return std::unique_lock<async_mutex>(mutex, std::adopt_lock);
      }
    };
    return lock_awaiter{*this};
  }

private:
  bool locked = false;
};

} // namespace mini

#endif // COROLINT_BENCH_COMPARISON_MINI_CORO_HPP
