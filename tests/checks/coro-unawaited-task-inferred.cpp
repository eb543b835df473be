// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20

// coro-unawaited-task with task types that no knowledge file names: a class
// with a nested promise_type that can be awaited is a task. Its laziness comes
// from what promise_type::initial_suspend() returns: std::suspend_always
// (lazy), std::suspend_never (eager), anything else (unknown). A fix-it is
// offered only inside a coroutine of the same class (template).

#include <coroutine>
#include <exception>
#include <functional>
#include <type_traits>
#include <utility>
#include <vector>

namespace infer {

template <typename T> struct ValueStore {
  T value{};
  void return_value(T v) { value = std::move(v); }
  T take() { return std::move(value); }
};
template <> struct ValueStore<void> {
  void return_void() {}
  void take() {}
};

template <typename Promise> struct Frame {
  std::coroutine_handle<Promise> handle;
  explicit Frame(std::coroutine_handle<Promise> h) : handle(h) {}
  Frame(Frame &&other) noexcept : handle(std::exchange(other.handle, {})) {}
  ~Frame() {
    if (handle)
      handle.destroy();
  }
};

// Lazy (std::suspend_always), awaitable through a member operator co_await.
template <typename T = void> class Lazy {
public:
  struct promise_type : ValueStore<T> {
    Lazy get_return_object() {
      return Lazy(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() { std::terminate(); }
  };
  struct Awaiter {
    std::coroutine_handle<promise_type> handle;
    bool await_ready() { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<>) { return handle; }
    T await_resume() { return handle.promise().take(); }
  };
  Awaiter operator co_await() && { return Awaiter{frame.handle}; }

private:
  explicit Lazy(std::coroutine_handle<promise_type> h) : frame(h) {}
  Frame<promise_type> frame;
};

// Eager (std::suspend_never), awaitable through its own await_* members.
template <typename T = void> class Eager {
public:
  struct promise_type : ValueStore<T> {
    Eager get_return_object() {
      return Eager(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() { std::terminate(); }
  };
  bool await_ready() { return frame.handle.done(); }
  void await_suspend(std::coroutine_handle<>) {}
  T await_resume() { return frame.handle.promise().take(); }

private:
  explicit Eager(std::coroutine_handle<promise_type> h) : frame(h) {}
  Frame<promise_type> frame;
};

// Neither: initial_suspend() returns an awaiter of its own. Awaitable
// through a free operator co_await in its namespace.
struct StartOnExecutor {
  bool await_ready() noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() noexcept {}
};
class Scheduled {
public:
  struct promise_type {
    Scheduled get_return_object() {
      return Scheduled(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    StartOnExecutor initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { std::terminate(); }
  };
  std::coroutine_handle<> handle() const { return frame.handle; }

private:
  explicit Scheduled(std::coroutine_handle<promise_type> h) : frame(h) {}
  Frame<promise_type> frame;
};
struct ScheduledAwaiter {
  std::coroutine_handle<> handle;
  bool await_ready() { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<>) { return handle; }
  void await_resume() {}
};
inline ScheduledAwaiter operator co_await(Scheduled &&s) { return {s.handle()}; }

// Lazy, awaitable only through a hidden friend operator co_await (found by
// argument-dependent lookup alone).
class Befriended {
public:
  struct promise_type {
    Befriended get_return_object() {
      return Befriended(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { std::terminate(); }
  };
  friend ScheduledAwaiter operator co_await(Befriended &&b) {
    return {b.frame.handle};
  }

private:
  explicit Befriended(std::coroutine_handle<promise_type> h) : frame(h) {}
  Frame<promise_type> frame;
};

// Lazy class template awaitable through a free operator co_await template.
template <typename T> class Deferred {
public:
  struct promise_type : ValueStore<T> {
    Deferred get_return_object() {
      return Deferred(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() { std::terminate(); }
  };
  std::coroutine_handle<promise_type> handle() const { return frame.handle; }

private:
  explicit Deferred(std::coroutine_handle<promise_type> h) : frame(h) {}
  Frame<promise_type> frame;
};
template <typename T> auto operator co_await(Deferred<T> &&d) {
  return typename Lazy<T>::Awaiter{
      std::coroutine_handle<typename Lazy<T>::promise_type>::from_address(
          d.handle().address())};
}

// A generator: a coroutine type, but nothing can await it.
template <typename T> class Generator {
public:
  struct promise_type {
    T current{};
    Generator get_return_object() {
      return Generator(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T v) {
      current = std::move(v);
      return {};
    }
    void return_void() {}
    void unhandled_exception() { std::terminate(); }
  };
  bool next() {
    frame.handle.resume();
    return !frame.handle.done();
  }

private:
  explicit Generator(std::coroutine_handle<promise_type> h) : frame(h) {}
  Frame<promise_type> frame;
};

} // namespace infer

using infer::Befriended;
using infer::Deferred;
using infer::Eager;
using infer::Generator;
using infer::Lazy;
using infer::Scheduled;

Lazy<int> lazy_value(int x) { co_return x; }
Lazy<> lazy_step() { co_return; }
Eager<int> eager_value(int x) { co_return x; }
Eager<> eager_step() { co_return; }
Scheduled scheduled_step() { co_return; }
Deferred<int> deferred_value(int x) { co_return x; }
Befriended befriended_step() { co_return; }
Generator<int> numbers() { co_yield 1; }

struct Worker {
  Lazy<int> compute(int x) { co_return x; }
  std::function<Lazy<>()> hook = [] { return lazy_step(); };
};

void on_shutdown(std::function<void()> hook) {}

// ---- 1. Laziness from initial_suspend() ------------------------------------

void plain_function(Worker &worker) {
  lazy_value(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'lazy_value' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; await it from a coroutine, or start it with its framework's runner{{$}}
  eager_value(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'eager_value' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; await it from a coroutine, or start it with its framework's runner{{$}}
  scheduled_step();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'scheduled_step' is never awaited: it may never run, and its result and errors are lost [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'plain_function' is not a coroutine, so it cannot await the task; await it from a coroutine, or start it with its framework's runner{{$}}
  deferred_value(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'deferred_value' is never awaited: it never runs [coro-unawaited-task]
  befriended_step();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'befriended_step' is never awaited: it never runs [coro-unawaited-task]
  worker.compute(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'worker.compute' is never awaited: it never runs [coro-unawaited-task]
  worker.hook();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'worker.hook' is never awaited: it never runs [coro-unawaited-task]
  // A generator cannot be awaited: it is not a task.
  numbers();
}

// ---- 2. Fix-its inside a coroutine of the same type ------------------------

Lazy<> same_lazy_type(Worker &worker) {
  lazy_value(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'lazy_value' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await lazy_value(5);{{$}}
  lazy_step();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'lazy_step' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await lazy_step();{{$}}
  worker.compute(6);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'worker.compute' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await worker.compute(6);{{$}}
  worker.hook();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'worker.hook' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await worker.hook();{{$}}
  auto value = lazy_value(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'value' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  auto value = co_await lazy_value(7);{{$}}
  auto step = lazy_step();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'step' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await lazy_step();{{$}}
  co_return;
}

Eager<int> same_eager_type() {
  eager_value(8);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'eager_value' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await eager_value(8);{{$}}
  auto step = eager_step();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: eager task 'step' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await eager_step();{{$}}
  co_return 0;
}

Scheduled same_scheduled_type() {
  scheduled_step();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'scheduled_step' is never awaited: it may never run, and its result and errors are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await scheduled_step();{{$}}
  auto step = scheduled_step();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 'step' is never awaited: it may never run, and its result and errors are lost [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await scheduled_step();{{$}}
  co_return;
}

Befriended same_befriended_type() {
  befriended_step();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'befriended_step' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await befriended_step();{{$}}
  co_return;
}

Deferred<int> same_deferred_type() {
  deferred_value(9);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'deferred_value' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await deferred_value(9);{{$}}
  co_return 0;
}

// ---- 3. No fix-it inside a coroutine of another type -----------------------

Eager<> other_type() {
  lazy_value(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'lazy_value' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: await it with 'co_await'; no fix-it is offered because this coroutine's task type may not be able to await a task of another framework
  scheduled_step();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'scheduled_step' is never awaited: it may never run, and its result and errors are lost [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: await it with 'co_await'; no fix-it is offered because this coroutine's task type may not be able to await a task of another framework
  auto value = deferred_value(11);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: lazy task 'value' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:16: note: await it with 'co_await'; no fix-it is offered because this coroutine's task type may not be able to await a task of another framework
  co_return;
}

Generator<int> in_a_generator() {
  eager_value(12);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: eager task returned by 'eager_value' is never awaited: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: await it with 'co_await'; no fix-it is offered because this coroutine's task type may not be able to await a task of another framework
  co_yield 1;
}

// ---- 4. Coroutine lambdas stored as void callbacks -------------------------

void dropped_callbacks() {
  on_shutdown([]() -> Lazy<> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: coroutine lambda returning a lazy task is stored as 'std::function<void ()>', which throws away the task it returns: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: inside the callback, await it from a coroutine, or start it with its framework's runner; or give the callback a type whose signature returns the task
  on_shutdown([]() -> Eager<> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: coroutine lambda returning an eager task is stored as 'std::function<void ()>', which throws away the task it returns: it runs, but its result and any exception it throws are lost [coro-unawaited-task]
  on_shutdown([]() -> Scheduled { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: coroutine lambda returning a task is stored as 'std::function<void ()>', which throws away the task it returns: it may never run, and its result and errors are lost [coro-unawaited-task]
  // A generator lambda is no task.
  on_shutdown([]() -> Generator<int> { co_yield 1; });
}

// ---- Quiet: correct code ---------------------------------------------------

Lazy<int> awaited(Worker &worker) {
  int a = co_await lazy_value(20);
  co_await lazy_step();
  co_await worker.compute(21);
  co_await worker.hook();
  auto later = lazy_value(22); // awaited later
  int b = co_await std::move(later);
  auto moved = lazy_value(23);
  auto elsewhere = std::move(moved); // moved into another variable
  co_await std::move(elsewhere);
  std::vector<Lazy<int>> batch;
  batch.push_back(lazy_value(24)); // stored in a container
  for (auto &task : batch)
    co_await std::move(task);
  auto gen = numbers(); // a generator is driven by hand
  gen.next();
  co_return a + b;
}

Eager<int> awaited_eager() {
  int a = co_await eager_value(30);
  co_await eager_step();
  co_return a;
}

Scheduled awaited_scheduled() { co_await scheduled_step(); }

Deferred<int> awaited_deferred() { co_return co_await deferred_value(31); }

Befriended awaited_befriended() { co_await befriended_step(); }

Lazy<int> returned() { return lazy_value(40); }
