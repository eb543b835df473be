// Mock of Boost.Cobalt for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <boost/cobalt/this_thread.hpp>

#include "../../../mock-core/corolint_mock_core.hpp"

namespace boost::cobalt {

// Eager: the body starts running as soon as the coroutine is called.
template <typename Return>
class promise {
 public:
  struct promise_type : corolint_mock::promise_base<Return> {
    promise get_return_object() noexcept { return promise(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_never initial_suspend() noexcept { return {}; }
    corolint_mock::final_awaiter final_suspend() noexcept { return {this->continuation}; }
  };

  bool ready() const noexcept { return frame_.valid() && frame_.done(); }
  explicit operator bool() const noexcept { return frame_.valid() && !frame_.done(); }
  void cancel() noexcept {}
  void attach() noexcept { attached_ = true; }
  bool attached() const noexcept { return attached_; }
  // Result of a completed promise; throws what the body threw.
  Return get() {
    if constexpr (std::is_void_v<Return>) frame_.promise().result();
    else return std::move(frame_.promise().result());
  }

  auto operator co_await() noexcept { return frame_.template awaiter<Return, false>(); }

 private:
  explicit promise(std::coroutine_handle<promise_type> h) noexcept : frame_(h) {}
  corolint_mock::frame_owner<Return> frame_;
  bool attached_ = false;
};

}  // namespace boost::cobalt
