// Mock of folly for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <mutex>

#include "../../../mock-core/corolint_mock_core.hpp"

namespace folly::coro {

// A mutex whose lock a coroutine awaits.
class Mutex {
 public:
  struct LockOperation : corolint_mock::resume_inline {};
  struct ScopedLockOperation : corolint_mock::resume_inline {
    std::unique_lock<Mutex> await_resume() noexcept;
  };
  LockOperation co_lock() noexcept { return {}; }
  ScopedLockOperation co_scoped_lock() noexcept { return {}; }
  bool try_lock() noexcept;
  void unlock() noexcept;
};

}  // namespace folly::coro
