// Mock of cppcoro for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <cppcoro/detail/void_value.hpp>

#include "../../mock-core/corolint_mock_core.hpp"

namespace cppcoro {

// Lazy and copyable (reference counted): the body starts when first co_awaited,
// and every awaiter gets an lvalue reference to the shared result.
template <typename T = void>
class shared_task {
 public:
  struct promise_type : corolint_mock::result_store<T> {
    struct waiter {
      std::coroutine_handle<> continuation;
      waiter* next = nullptr;
    };
    struct final_awaiter {
      bool await_ready() const noexcept { return false; }
      void await_suspend(std::coroutine_handle<promise_type> h) const noexcept {
        waiter* w = std::exchange(h.promise().waiters, nullptr);
        while (w) {
          waiter* next = w->next;  // `w` lives in a frame that resume() may destroy
          w->continuation.resume();
          w = next;
        }
      }
      void await_resume() const noexcept {}
    };

    shared_task get_return_object() noexcept {
      return shared_task(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    final_awaiter final_suspend() noexcept { return {}; }

    waiter* waiters = nullptr;
    bool started = false;
    unsigned refs = 1;
  };

  class awaiter {
   public:
    explicit awaiter(std::coroutine_handle<promise_type> coro) noexcept : coro_(coro) {}
    bool await_ready() const noexcept { return coro_.done(); }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) noexcept {
      promise_type& p = coro_.promise();
      node_.continuation = awaiting;
      node_.next = p.waiters;
      p.waiters = &node_;
      if (p.started) return std::noop_coroutine();
      p.started = true;
      return coro_;
    }
    std::add_lvalue_reference_t<T> await_resume() { return coro_.promise().result(); }

   private:
    std::coroutine_handle<promise_type> coro_;
    typename promise_type::waiter node_;
  };

  shared_task() noexcept = default;
  shared_task(const shared_task& o) noexcept : coro_(o.coro_) {
    if (coro_) ++coro_.promise().refs;
  }
  shared_task(shared_task&& o) noexcept : coro_(std::exchange(o.coro_, {})) {}
  shared_task& operator=(shared_task o) noexcept {
    std::swap(coro_, o.coro_);
    return *this;
  }
  ~shared_task() {
    if (coro_ && --coro_.promise().refs == 0) coro_.destroy();
  }

  bool is_ready() const noexcept { return !coro_ || coro_.done(); }
  awaiter operator co_await() const noexcept { return awaiter(coro_); }

 private:
  explicit shared_task(std::coroutine_handle<promise_type> h) noexcept : coro_(h) {}
  std::coroutine_handle<promise_type> coro_;
};

}  // namespace cppcoro
