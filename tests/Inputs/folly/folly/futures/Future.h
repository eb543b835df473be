// Mock of folly for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <folly/Executor.h>
#include <folly/Unit.h>

#include <coroutine>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

namespace folly {
namespace futures::detail {

// Deferred work behind a future (e.g. a Task that semi() has not started yet).
template <typename T>
class Deferred {
 public:
  virtual ~Deferred() = default;
  virtual T run() = 0;
};

// Storage shared by SemiFuture and Future. T is never void (folly uses Unit).
template <typename T>
class FutureBase {
 public:
  using value_type = T;

  FutureBase(FutureBase&& o) noexcept
      : value_(std::move(o.value_)), error_(std::move(o.error_)), deferred_(std::exchange(o.deferred_, nullptr)) {}
  FutureBase& operator=(FutureBase o) noexcept {
    std::swap(value_, o.value_);
    std::swap(error_, o.error_);
    std::swap(deferred_, o.deferred_);
    return *this;
  }
  ~FutureBase() { delete deferred_; }

  bool valid() const noexcept { return value_ || error_ || deferred_; }
  bool isReady() const noexcept { return value_ || error_; }
  bool hasValue() const noexcept { return value_.has_value(); }
  bool hasException() const noexcept { return static_cast<bool>(error_); }

  // Awaitable from a coroutine; the mock runs deferred work inline.
  class Awaiter {
   public:
    explicit Awaiter(FutureBase& f) noexcept : future_(f) {}
    bool await_ready() const noexcept { return true; }
    void await_suspend(std::coroutine_handle<>) const noexcept {}
    T await_resume() { return future_.take(); }

   private:
    FutureBase& future_;
  };

 protected:
  FutureBase() noexcept = default;
  explicit FutureBase(T value) : value_(std::move(value)) {}
  explicit FutureBase(std::exception_ptr error) noexcept : error_(std::move(error)) {}
  explicit FutureBase(Deferred<T>* deferred) noexcept : deferred_(deferred) {}

  // Mock: nothing runs in the background, so waiting means running deferred work now.
  void runDeferred() {
    if (!deferred_) return;
    Deferred<T>* d = std::exchange(deferred_, nullptr);
    try {
      value_.emplace(d->run());
    } catch (...) {
      error_ = std::current_exception();
    }
    delete d;
  }
  T take() {
    runDeferred();
    if (error_) std::rethrow_exception(error_);
    return std::move(*value_);
  }

 private:
  std::optional<T> value_;
  std::exception_ptr error_;
  Deferred<T>* deferred_ = nullptr;
};

}  // namespace futures::detail

template <typename T>
class Future;

// Not a coroutine type; awaitable with co_await std::move(semiFuture).
template <typename T>
class SemiFuture : public futures::detail::FutureBase<T> {
  using Base = futures::detail::FutureBase<T>;

 public:
  explicit SemiFuture(T value) : Base(std::move(value)) {}
  explicit SemiFuture(std::exception_ptr error) noexcept : Base(std::move(error)) {}
  explicit SemiFuture(futures::detail::Deferred<T>* deferred) noexcept : Base(deferred) {}

  T get() { return this->take(); }
  SemiFuture& wait() & {
    this->runDeferred();
    return *this;
  }
  SemiFuture&& wait() && {
    this->runDeferred();
    return std::move(*this);
  }
  Future<T> via(Executor::KeepAlive<> executor) &&;
  typename Base::Awaiter operator co_await() && noexcept { return typename Base::Awaiter(*this); }
};

template <typename T>
class Future : public futures::detail::FutureBase<T> {
  using Base = futures::detail::FutureBase<T>;

 public:
  explicit Future(T value) : Base(std::move(value)) {}
  explicit Future(std::exception_ptr error) noexcept : Base(std::move(error)) {}

  T get() { return this->take(); }
  Future& wait() & {
    this->runDeferred();
    return *this;
  }
  Future&& wait() && {
    this->runDeferred();
    return std::move(*this);
  }
  // Drives `e` (a DrivableExecutor such as an EventBase in folly) until the value is
  // ready; the mock has nothing to drive.
  T getVia(Executor* /*e*/) { return this->take(); }
  Executor* getExecutor() const noexcept { return executor_.get(); }
  SemiFuture<T> semi() && {
    try {
      return SemiFuture<T>(this->take());
    } catch (...) {
      return SemiFuture<T>(std::current_exception());
    }
  }
  // Runs `f` on the value (inline in the mock).
  template <typename F>
  auto thenValue(F&& f) && {
    using R = std::invoke_result_t<F, T&&>;
    if constexpr (std::is_void_v<R>) {
      static_cast<F&&>(f)(this->take());
      return Future<Unit>(Unit{});
    } else {
      return Future<R>(static_cast<F&&>(f)(this->take()));
    }
  }
  typename Base::Awaiter operator co_await() && noexcept { return typename Base::Awaiter(*this); }

 private:
  friend class SemiFuture<T>;
  Executor::KeepAlive<> executor_;
};

template <typename T>
Future<T> SemiFuture<T>::via(Executor::KeepAlive<> executor) && {
  try {
    Future<T> f(this->take());
    f.executor_ = executor;
    return f;
  } catch (...) {
    return Future<T>(std::current_exception());
  }
}

inline SemiFuture<Unit> makeSemiFuture() { return SemiFuture<Unit>(Unit{}); }
template <typename T>
SemiFuture<std::decay_t<T>> makeSemiFuture(T&& value) {
  return SemiFuture<std::decay_t<T>>(static_cast<T&&>(value));
}
inline Future<Unit> makeFuture() { return Future<Unit>(Unit{}); }
template <typename T>
Future<std::decay_t<T>> makeFuture(T&& value) {
  return Future<std::decay_t<T>>(static_cast<T&&>(value));
}

}  // namespace folly
