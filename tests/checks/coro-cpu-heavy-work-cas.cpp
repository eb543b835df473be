// RUN: %check_coro_lint %s coro-cpu-heavy-work %t -- -std=c++20 -isystem %inputs/cppcoro

// Lock-free compare-and-swap retry loops are not busy-waits: each failed
// exchange refreshes the expected value, and the loop ends as soon as no
// other thread changes the value in between. A loop that resets the expected
// value on every try (a spin lock) waits for another thread, and is one.

#include <atomic>
#include <cppcoro/task.hpp>

struct Node {
  Node *next = nullptr;
};

std::atomic<Node *> head{nullptr};
std::atomic<unsigned> state{0};
std::atomic<bool> locked{false};

void push(Node *node) {
  node->next = head.load(std::memory_order_relaxed);
  while (!head.compare_exchange_weak(node->next, node,
                                     std::memory_order_release,
                                     std::memory_order_relaxed))
    ;
}

unsigned set_bits(unsigned bits) {
  unsigned old = state.load(std::memory_order_relaxed);
  unsigned wanted;
  do {
    wanted = old | bits;
  } while (!state.compare_exchange_weak(old, wanted));
  return old;
}

void spin_lock() {
  bool expected = false;
  while (!locked.compare_exchange_strong(expected, true))
    expected = false; // Waits for the holder to store false.
}

cppcoro::task<> lock_free(Node *node) {
  push(node);       // Quiet.
  set_bits(4);      // Quiet.
  Node *taken = head.load();
  while (!head.compare_exchange_weak(taken, nullptr)) // Quiet.
    ;
  spin_lock();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'spin_lock' does CPU-heavy work on the event loop thread (a busy-wait on 'locked'): nothing else runs on this loop until it returns [coro-cpu-heavy-work]
  bool free = false;
  while (!locked.compare_exchange_weak(free, true)) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop spins on 'locked' without suspending: nothing else runs on this event loop while it spins [coro-cpu-heavy-work]
    free = false;
  }
  co_return;
}
