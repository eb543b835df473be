// RUN: %check_coro_lint %s coro-nested-event-loop %t -- %asio_flags

// coro-nested-event-loop through helpers, on the paths a call can take: a
// pool whose stop() drains its io_contexts only when they never ran, and a
// shutdown helper that runs the loop only when asked to wait. Where the call
// does not decide the condition, the finding says it.

#include <asio.hpp>
#include <atomic>
#include <memory>
#include <vector>

class context_pool {
public:
  void stop() {
    bool never_ran = false;
    bool fresh = started_.compare_exchange_strong(never_ran, true);
    if (fresh) {
      // Nothing ran these contexts: run what was queued, once.
      for (auto &context : contexts_)
        context->poll();
    }
  }

private:
  std::vector<std::unique_ptr<asio::io_context>> contexts_;
  std::atomic<bool> started_{false};
};

void shutdown(asio::io_context &io, bool wait_for_pending = false) {
  if (wait_for_pending)
    io.run();
}

asio::awaitable<void> stop_all(context_pool &pool, asio::io_context &io) {
  shutdown(io);        // Quiet: the default does not wait.
  shutdown(io, false); // Quiet.
  shutdown(io, true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'shutdown' runs an event loop inside a coroutine through 'asio::io_context::run'
  pool.stop();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'context_pool::stop' runs an event loop inside a coroutine through 'asio::io_context::poll'
  // CHECK-MESSAGES: :[[@LINE-24]]:9: note: 'context_pool::stop' does this only when 'fresh'
  co_return;
}
