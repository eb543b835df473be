// Mock of libcoro for corolint's tests: only the names and shapes the tests need.
#pragma once

#include "../../mock-core/corolint_mock_core.hpp"

#include <coroutine>
#include <utility>

namespace coro {

class thread_pool {
 public:
  struct options {
    unsigned int thread_count = 1;
  };
  // Mock: there are no worker threads; the awaiting coroutine is resumed inline.
  class operation : public corolint_mock::resume_inline {};

  thread_pool() noexcept = default;
  explicit thread_pool(options opts) noexcept : opts_(opts) {}
  thread_pool(const thread_pool&) = delete;
  thread_pool& operator=(const thread_pool&) = delete;

  operation schedule() noexcept { return {}; }
  operation yield() noexcept { return {}; }
  bool resume(std::coroutine_handle<> handle) {
    handle.resume();
    return true;
  }
  void shutdown() noexcept {}
  std::size_t thread_count() const noexcept { return opts_.thread_count; }
  std::size_t size() const noexcept { return 0; }
  bool empty() const noexcept { return true; }

 private:
  options opts_;
};

}  // namespace coro
