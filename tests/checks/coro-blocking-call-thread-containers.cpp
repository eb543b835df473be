// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20 -isystem %inputs/cppcoro

// A lambda that project code hands to a thread runs on that thread: also
// when the thread is constructed in place in a container
// (`threads_.emplace_back([this] { run(); })`). What the lambda does is not
// the constructing coroutine's work. A lambda kept in a container of
// callables is kept to be called later (and calls through std::function are
// not followed).

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cppcoro/task.hpp>
#include <deque>
#include <functional>
#include <list>
#include <thread>
#include <vector>

void wait_for_work() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }

class Pool {
public:
  explicit Pool(unsigned count) {
    for (unsigned i = 0; i < count; ++i)
      workers_.emplace_back([this] { run(); });
  }

private:
  void run() {
    while (!stop_)
      wait_for_work();
  }
  std::vector<std::thread> workers_;
  std::atomic<bool> stop_{false};
};

class JPool {
public:
  JPool() {
    workers_.emplace(workers_.end(), [] { wait_for_work(); });
    front_.emplace_front([] { wait_for_work(); });
  }

private:
  std::vector<std::jthread> workers_;
  std::deque<std::jthread> front_;
};

class Inline {
public:
  Inline() {
    tasks_.emplace_back([] { wait_for_work(); }); // Kept, not run here.
  }
  void drain() {
    for (auto &task : tasks_)
      task();
  }

private:
  std::list<std::function<void()>> tasks_;
};

cppcoro::task<> start() {
  Pool pool(4); // Quiet: the workers run on their threads.
  JPool more;   // Quiet.
  Inline queue; // Quiet.
  // A lambda given to an algorithm runs here.
  std::vector<int> ids{1, 2};
  std::for_each(ids.begin(), ids.end(), [](int) { wait_for_work(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: call to 'wait_for_work' blocks the event loop thread through 'std::this_thread::sleep_for'
  co_return;
}
