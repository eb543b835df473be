// Mock of folly for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <functional>

namespace folly {

using Func = std::function<void()>;

class Executor {
 public:
  virtual ~Executor() = default;
  virtual void add(Func func) = 0;

  // Non-owning in the mock; implicitly built from a raw executor pointer.
  template <typename ExecutorT = Executor>
  class KeepAlive {
   public:
    KeepAlive() noexcept = default;
    KeepAlive(ExecutorT* executor) noexcept : executor_(executor) {}
    template <typename OtherExecutor>
    KeepAlive(const KeepAlive<OtherExecutor>& other) noexcept : executor_(other.get()) {}
    ExecutorT* get() const noexcept { return executor_; }
    ExecutorT* operator->() const noexcept { return executor_; }
    explicit operator bool() const noexcept { return executor_ != nullptr; }

   private:
    ExecutorT* executor_ = nullptr;
  };
};

template <typename ExecutorT>
Executor::KeepAlive<ExecutorT> getKeepAliveToken(ExecutorT* executor) noexcept {
  return Executor::KeepAlive<ExecutorT>(executor);
}

}  // namespace folly
