// Mock of seastar for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <coroutine>

namespace seastar::coroutine {

// co_await seastar::coroutine::maybe_yield(); (the mock never needs to yield)
class maybe_yield {
 public:
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() noexcept {}
};

}  // namespace seastar::coroutine
