// Mock of stdexec for corolint's tests: only the names and shapes the tests need.
#pragma once

#include "../../mock-core/corolint_mock_core.hpp"

#include <variant>

// Mock senders are plain awaitables. A sender's values are its `__values` tuple when it
// has one, else tuple<> / tuple<R> from what co_await yields (as for exec::task).
namespace stdexec {
namespace __mock {

template <class S>
struct __values_of {
  using __result = corolint_mock::await_result_t<S>;
  using type = std::conditional_t<std::is_void_v<__result>, std::tuple<>, std::tuple<std::remove_cvref_t<__result>>>;
};
template <class S>
  requires requires { typename std::remove_cvref_t<S>::__values; }
struct __values_of<S> {
  using type = typename std::remove_cvref_t<S>::__values;
};
template <class S>
using __values_of_t = typename __values_of<S>::type;

// What co_await yields for a sender with values V: void, the single value, or the tuple.
template <class V>
struct __unpacked {
  using type = V;
};
template <>
struct __unpacked<std::tuple<>> {
  using type = void;
};
template <class T>
struct __unpacked<std::tuple<T>> {
  using type = T;
};
template <class V>
using __unpacked_t = typename __unpacked<V>::type;

template <class V>
__unpacked_t<V> __unpack(V&& values) {
  if constexpr (std::tuple_size_v<V> == 1) return std::get<0>(std::move(values));
  else if constexpr (std::tuple_size_v<V> > 1) return std::move(values);
}

template <class S>
corolint_mock::lazy<__values_of_t<S>> __as_values(S s) {
  using V = __values_of_t<S>;
  if constexpr (std::tuple_size_v<V> == 0) {
    co_await static_cast<S&&>(s);
    co_return V();
  } else if constexpr (std::tuple_size_v<V> == 1) {
    co_return V(co_await static_cast<S&&>(s));
  } else {
    co_return co_await static_cast<S&&>(s);
  }
}

}  // namespace __mock

// ---- just ----
namespace __just {
template <class... Ts>
class __sender {
 public:
  using __values = std::tuple<Ts...>;
  explicit __sender(Ts... values) : __values_(std::move(values)...) {}
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  __mock::__unpacked_t<__values> await_resume() { return __mock::__unpack(std::move(__values_)); }

 private:
  __values __values_;
};

struct just_t {
  template <class... Ts>
  __sender<std::decay_t<Ts>...> operator()(Ts&&... values) const {
    return __sender<std::decay_t<Ts>...>(static_cast<Ts&&>(values)...);
  }
};
}  // namespace __just
using __just::just_t;
inline constexpr just_t just{};

// ---- when_all ----
namespace __when_all {
template <class... Vs>
using __cat_t = decltype(std::tuple_cat(std::declval<Vs>()...));

template <class V, class... S>
corolint_mock::lazy<__mock::__unpacked_t<V>> __run(S... s) {
  V values = std::tuple_cat(co_await __mock::__as_values<S>(static_cast<S&&>(s))...);
  if constexpr (std::tuple_size_v<V> == 0) {
    co_return;
  } else {
    co_return __mock::__unpack(std::move(values));
  }
}

// Awaitable sender whose values are all the children's values, concatenated.
template <class V>
class __sender {
 public:
  using __values = V;
  explicit __sender(corolint_mock::lazy<__mock::__unpacked_t<V>> work) noexcept : __work_(std::move(work)) {}
  auto operator co_await() && noexcept { return std::move(__work_).operator co_await(); }

 private:
  corolint_mock::lazy<__mock::__unpacked_t<V>> __work_;
};

struct when_all_t {
  template <class... Senders>
  auto operator()(Senders&&... senders) const {
    using V = __cat_t<__mock::__values_of_t<Senders>...>;
    return __sender<V>(__when_all::__run<V, Senders...>(static_cast<Senders&&>(senders)...));
  }
};
}  // namespace __when_all
using __when_all::when_all_t;
inline constexpr when_all_t when_all{};

// ---- sync_wait / sync_wait_with_variant ----
namespace __sync_wait {
// Blocks until the sender completes: std::optional<std::tuple<Values...>>.
struct sync_wait_t {
  template <class Sender>
  std::optional<__mock::__values_of_t<Sender>> operator()(Sender&& sender) const {
    return corolint_mock::sync_wait_impl(__mock::__as_values<Sender>(static_cast<Sender&&>(sender)));
  }
};
// Blocks until the sender completes: std::optional<std::variant<std::tuple<Values...>>>.
struct sync_wait_with_variant_t {
  template <class Sender>
  std::optional<std::variant<__mock::__values_of_t<Sender>>> operator()(Sender&& sender) const {
    return corolint_mock::sync_wait_impl(__mock::__as_values<Sender>(static_cast<Sender&&>(sender)));
  }
};
}  // namespace __sync_wait
using __sync_wait::sync_wait_t;
using __sync_wait::sync_wait_with_variant_t;
inline constexpr sync_wait_t sync_wait{};
inline constexpr sync_wait_with_variant_t sync_wait_with_variant{};

// ---- schedule / run_loop ----
struct schedule_t {
  template <class Scheduler>
  auto operator()(const Scheduler& scheduler) const noexcept -> decltype(scheduler.schedule()) {
    return scheduler.schedule();
  }
};
inline constexpr schedule_t schedule{};

class run_loop {
 public:
  // Mock: nothing is queued; an awaiting coroutine is resumed inline.
  class __schedule_sender : public corolint_mock::resume_inline {
   public:
    using __values = std::tuple<>;
  };
  class __scheduler {
   public:
    __schedule_sender schedule() const noexcept { return {}; }
    bool operator==(const __scheduler&) const noexcept = default;

   private:
    friend class run_loop;
    explicit __scheduler(run_loop* loop) noexcept : __loop_(loop) {}
    run_loop* __loop_;
  };

  run_loop() = default;
  run_loop(const run_loop&) = delete;
  run_loop& operator=(const run_loop&) = delete;

  __scheduler get_scheduler() noexcept { return __scheduler(this); }
  void run() {}
  void finish() noexcept { __finishing_ = true; }

 private:
  bool __finishing_ = false;
};

}  // namespace stdexec
