// RUN: %check_coro_lint --config="{CheckOptions: {KnowledgeFiles: '%inputs/loop-entry-internals/knowledge.yaml'}}" %s coro-blocking-call %t -- %asio_flags

// A wait that is a loop entry (here a project result's get(), named by a
// knowledge file) is coro-nested-event-loop's finding. coro-blocking-call
// does not follow into its code and report the sleep or lock it waits with:
// one finding per call, from the check that explains it.

#include <asio.hpp>
#include <chrono>
#include <thread>

namespace proj {
struct result {
  bool ready = false;
  int get() {
    while (!ready)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return 1;
  }
};
} // namespace proj

void helper(proj::result &r) { r.get(); }

asio::awaitable<void> handler(proj::result r) {
  r.get();   // Quiet here: coro-nested-event-loop reports it.
  helper(r); // Quiet too: the chain ends at the loop entry.
  co_return;
}

// A project function that is not a loop entry is followed as before.
void doze() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }

asio::awaitable<void> pauses() {
  doze();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'doze' blocks the event loop thread through 'std::this_thread::sleep_for', which sleeps the calling thread (sleep): every coroutine on this loop waits [coro-blocking-call]
  co_return;
}
