// Mock of concurrencpp for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <chrono>
#include <coroutine>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

#include "../../mock-core/corolint_mock_core.hpp"

namespace concurrencpp {

enum class result_status { idle, value, exception };

template <class type>
class result;
template <class type>
class lazy_result;
template <class type>
class shared_result;

namespace details {
// Status of a frame whose promise derives from promise_base<type>.
template <class type>
result_status status_of(const corolint_mock::frame_owner<type>& frame) {
  if (!frame.done()) return result_status::idle;
  try {
    (void)frame.promise().result();
    return result_status::value;
  } catch (...) {
    return result_status::exception;
  }
}
}  // namespace details

// Eager: the body starts running as soon as the coroutine is called.
template <class type>
class result {
 public:
  struct promise_type : corolint_mock::promise_base<type> {
    result get_return_object() noexcept { return result(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_never initial_suspend() noexcept { return {}; }
    corolint_mock::final_awaiter final_suspend() noexcept { return {this->continuation}; }
  };
  using value_type = type;

  result() noexcept = default;

  explicit operator bool() const noexcept { return frame_.valid(); }
  result_status status() const { return details::status_of(frame_); }

  // Mock: nothing runs in the background, so waiting returns at once.
  void wait() {}
  template <class duration_unit, class ratio>
  result_status wait_for(std::chrono::duration<duration_unit, ratio> /*duration*/) { return status(); }
  template <class clock, class duration>
  result_status wait_until(const std::chrono::time_point<clock, duration>& /*timeout_time*/) { return status(); }

  type get() {
    corolint_mock::frame_owner<type> frame = std::move(frame_);  // get() consumes the result
    if constexpr (std::is_void_v<type>) frame.promise().result();
    else return std::move(frame.promise().result());
  }

  auto operator co_await() noexcept { return frame_.template awaiter<type, false>(); }

  // Awaitable yielding this (now ready) result object itself; *this is left empty.
  auto resolve() noexcept {
    struct resolve_awaitable {
      result res;
      bool await_ready() const noexcept { return res.frame_.done(); }
      void await_suspend(std::coroutine_handle<> awaiting) noexcept { res.frame_.promise().continuation = awaiting; }
      result await_resume() noexcept { return std::move(res); }
    };
    return resolve_awaitable{std::move(*this)};
  }

 private:
  friend class shared_result<type>;
  explicit result(std::coroutine_handle<promise_type> h) noexcept : frame_(h) {}
  corolint_mock::frame_owner<type> frame_;
};

// Lazy: the body starts when the lazy_result is co_awaited or run().
template <class type>
class lazy_result {
 public:
  struct promise_type : corolint_mock::promise_base<type> {
    lazy_result get_return_object() noexcept {
      return lazy_result(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    corolint_mock::final_awaiter final_suspend() noexcept { return {this->continuation}; }
  };
  using value_type = type;

  lazy_result() noexcept = default;

  explicit operator bool() const noexcept { return frame_.valid(); }
  result_status status() const { return details::status_of(frame_); }

  // Starts the body and returns an (eager) result for it.
  result<type> run() && { return run_impl(std::move(*this)); }

  auto operator co_await() noexcept { return frame_.template awaiter<type, true>(); }

 private:
  static result<type> run_impl(lazy_result self) {
    if constexpr (std::is_void_v<type>)
      co_await std::move(self);
    else
      co_return co_await std::move(self);
  }
  explicit lazy_result(std::coroutine_handle<promise_type> h) noexcept : frame_(h) {}
  corolint_mock::frame_owner<type> frame_;
};

// Eager and copyable: shares one result between many consumers; get() gives a reference.
template <class type>
class shared_result {
  struct shared_state {
    corolint_mock::frame_owner<type> frame;
    unsigned refs = 1;
  };

 public:
  struct promise_type : corolint_mock::promise_base<type> {
    shared_result get_return_object() {
      return shared_result(
          new shared_state{corolint_mock::frame_owner<type>(std::coroutine_handle<promise_type>::from_promise(*this))});
    }
    std::suspend_never initial_suspend() noexcept { return {}; }
    corolint_mock::final_awaiter final_suspend() noexcept { return {this->continuation}; }
  };
  using value_type = type;

  shared_result() noexcept = default;
  shared_result(result<type> rhs) : state_(new shared_state{std::move(rhs.frame_)}) {}
  shared_result(const shared_result& o) noexcept : state_(o.state_) {
    if (state_) ++state_->refs;
  }
  shared_result(shared_result&& o) noexcept : state_(std::exchange(o.state_, nullptr)) {}
  shared_result& operator=(shared_result o) noexcept {
    std::swap(state_, o.state_);
    return *this;
  }
  ~shared_result() {
    if (state_ && --state_->refs == 0) delete state_;
  }

  explicit operator bool() const noexcept { return state_ != nullptr; }
  result_status status() const { return details::status_of(state_->frame); }
  void wait() {}
  template <class duration_unit, class ratio>
  result_status wait_for(std::chrono::duration<duration_unit, ratio> /*duration*/) { return status(); }
  template <class clock, class duration>
  result_status wait_until(const std::chrono::time_point<clock, duration>& /*timeout_time*/) { return status(); }

  std::add_lvalue_reference_t<type> get() { return state_->frame.promise().result(); }

  auto operator co_await() const noexcept {
    return state_->frame.template awaiter<std::add_lvalue_reference_t<type>, false>();
  }

 private:
  explicit shared_result(shared_state* state) noexcept : state_(state) {}
  shared_state* state_ = nullptr;
};

template <class type>
result<type> make_ready_result(type value) {
  co_return std::move(value);
}
inline result<void> make_ready_result() { co_return; }
template <class type>
result<type> make_exceptional_result(std::exception_ptr exception_ptr) {
  co_await std::suspend_never{};
  std::rethrow_exception(exception_ptr);
}

namespace details {
template <class... result_types>
result<std::tuple<result_types...>> when_all_impl(result_types... results) {
  co_return std::tuple<result_types...>{co_await std::move(results).resolve()...};
}
}  // namespace details

// Result of a tuple holding every input result once all of them are ready.
template <class... result_types>
result<std::tuple<std::decay_t<result_types>...>> when_all(result_types&&... results) {
  return details::when_all_impl<std::decay_t<result_types>...>(std::forward<result_types>(results)...);
}

template <class sequence_type>
struct when_any_result {
  std::size_t index;
  sequence_type results;
};

namespace details {
template <class... result_types>
result<when_any_result<std::tuple<result_types...>>> when_any_impl(result_types... results) {
  // Mock: completes every input, then names the first as the winner.
  std::tuple<result_types...> done{co_await std::move(results).resolve()...};
  co_return when_any_result<std::tuple<result_types...>>{0, std::move(done)};
}
}  // namespace details

// Result of the inputs once one of them is ready, with the index of that one.
template <class... result_types>
result<when_any_result<std::tuple<std::decay_t<result_types>...>>> when_any(result_types&&... results) {
  return details::when_any_impl<std::decay_t<result_types>...>(std::forward<result_types>(results)...);
}

class executor {
 public:
  virtual ~executor() = default;
  // Mock: the callable runs inline; the returned result is already complete.
  template <class callable_type, class... argument_types>
  auto submit(callable_type&& callable, argument_types&&... arguments)
      -> result<std::invoke_result_t<std::decay_t<callable_type>, std::decay_t<argument_types>...>> {
    return submit_impl(std::decay_t<callable_type>(std::forward<callable_type>(callable)),
                       std::decay_t<argument_types>(std::forward<argument_types>(arguments))...);
  }
  template <class callable_type, class... argument_types>
  void post(callable_type&& callable, argument_types&&... arguments) {
    std::invoke(std::forward<callable_type>(callable), std::forward<argument_types>(arguments)...);
  }
  virtual void shutdown() noexcept {}

 private:
  template <class callable_type, class... argument_types>
  static result<std::invoke_result_t<callable_type, argument_types...>> submit_impl(callable_type callable,
                                                                                   argument_types... arguments) {
    co_return std::invoke(callable, arguments...);
  }
};

class thread_pool_executor final : public executor {};
class background_executor final : public executor {};
class thread_executor final : public executor {};
class inline_executor final : public executor {};
class worker_thread_executor final : public executor {};

// A coroutine whose parameters start with (executor_tag, executor) starts on
// that executor.
struct executor_tag {};

// Awaiting it moves the coroutine to the executor (mock: it stays).
template <class executor_type>
std::suspend_never resume_on(executor_type* executor) noexcept {
  (void)executor;
  return {};
}
template <class executor_type>
std::suspend_never resume_on(std::shared_ptr<executor_type> executor) noexcept {
  (void)executor;
  return {};
}

// Mock: executors are owned by the runtime and handed out as raw pointers
// (the real runtime returns std::shared_ptr).
class runtime {
 public:
  runtime() = default;
  runtime(const runtime&) = delete;
  runtime& operator=(const runtime&) = delete;

  concurrencpp::thread_pool_executor* thread_pool_executor() noexcept { return &thread_pool_; }
  concurrencpp::background_executor* background_executor() noexcept { return &background_; }
  concurrencpp::thread_executor* thread_executor() noexcept { return &thread_; }
  concurrencpp::inline_executor* inline_executor() noexcept { return &inline_; }
  concurrencpp::worker_thread_executor* make_worker_thread_executor() noexcept { return &worker_; }

 private:
  concurrencpp::thread_pool_executor thread_pool_;
  concurrencpp::background_executor background_;
  concurrencpp::thread_executor thread_;
  concurrencpp::inline_executor inline_;
  concurrencpp::worker_thread_executor worker_;
};

}  // namespace concurrencpp
