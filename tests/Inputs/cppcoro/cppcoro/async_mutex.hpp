// Mock of cppcoro for corolint's tests: only the names and shapes the tests need.
#pragma once

#include "../../mock-core/corolint_mock_core.hpp"

namespace cppcoro {

class async_mutex;

// Unlocks its mutex when destroyed.
class async_mutex_lock {
 public:
  explicit async_mutex_lock(async_mutex &mutex) noexcept : mutex_(&mutex) {}
  async_mutex_lock(async_mutex_lock &&other) noexcept;
  ~async_mutex_lock();

 private:
  async_mutex *mutex_;
};

class async_mutex {
 public:
  struct lock_operation : corolint_mock::resume_inline {};
  struct scoped_lock_operation : corolint_mock::resume_inline {
    async_mutex_lock await_resume() noexcept;
  };
  bool try_lock() noexcept;
  lock_operation lock_async() noexcept { return {}; }
  scoped_lock_operation scoped_lock_async() noexcept { return {}; }
  void unlock();
};

}  // namespace cppcoro
