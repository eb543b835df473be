// Mock of folly for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <folly/Executor.h>

#include <utility>

namespace folly {

// Mock: add() runs the callback immediately; the loop functions return at once.
class EventBase : public Executor {
 public:
  EventBase() = default;
  EventBase(const EventBase&) = delete;
  EventBase& operator=(const EventBase&) = delete;

  void add(Func func) override { func(); }
  template <typename F>
  void runInEventBaseThread(F&& f) {
    static_cast<F&&>(f)();
  }

  bool loop() { return true; }
  bool loopOnce(int /*flags*/ = 0) { return true; }
  void loopForever() {}
  void terminateLoopSoon() noexcept {}
  bool isRunning() const noexcept { return false; }
};

}  // namespace folly
