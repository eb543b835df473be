// Mock of seastar for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <seastar/core/future.hh>

namespace seastar {

class thread_attributes {};

// Mock: the function runs to completion inside the constructor.
class thread {
 public:
  thread() noexcept = default;
  template <typename Func>
  thread(Func func) {
    func();
  }
  template <typename Func>
  thread(thread_attributes /*attr*/, Func func) {
    func();
  }
  thread(thread&&) noexcept = default;
  thread& operator=(thread&&) noexcept = default;

  future<> join() { return make_ready_future<>(); }
  static void yield() {}
  static bool should_yield() { return false; }
  static void maybe_yield() {}
  static bool running_in_thread() { return true; }
};

// Runs func(args...) in a seastar::thread (inline in the mock); inside it, future::get() may block.
template <typename Func, typename... Args>
futurize_t<std::invoke_result_t<Func, Args...>> async(thread_attributes /*attr*/, Func&& func, Args&&... args) noexcept {
  return futurize_invoke(static_cast<Func&&>(func), static_cast<Args&&>(args)...);
}
template <typename Func, typename... Args>
futurize_t<std::invoke_result_t<Func, Args...>> async(Func&& func, Args&&... args) noexcept {
  return futurize_invoke(static_cast<Func&&>(func), static_cast<Args&&>(args)...);
}

}  // namespace seastar
