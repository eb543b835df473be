// Mock of cppcoro for corolint's tests: only the names and shapes the tests need.
#pragma once

#include "../../mock-core/corolint_mock_core.hpp"

#include <coroutine>

namespace cppcoro {

class static_thread_pool {
 public:
  // Mock: there are no worker threads; the awaiting coroutine is resumed inline.
  class schedule_operation : public corolint_mock::resume_inline {};

  static_thread_pool() noexcept = default;
  explicit static_thread_pool(unsigned int thread_count) noexcept : thread_count_(thread_count) {}
  static_thread_pool(const static_thread_pool&) = delete;
  static_thread_pool& operator=(const static_thread_pool&) = delete;

  unsigned int thread_count() const noexcept { return thread_count_; }
  schedule_operation schedule() noexcept { return {}; }

 private:
  unsigned int thread_count_ = 1;
};

}  // namespace cppcoro
