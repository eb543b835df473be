// RUN: %check_coro_lint %s coro-unawaited-task %t -- -std=c++20 -isystem %inputs/cppcoro

// Calls that make a task only in an instantiation: `std::invoke(f, args...)`
// with a coroutine f, `repo.save(x)` on a repository whose save() is a
// coroutine, a generic lambda's call. Reported once, at the call as written,
// with a note naming the instantiation; no fix-it, since other
// instantiations of the same code may return something else.

#include <cppcoro/task.hpp>
#include <functional>
#include <utility>

cppcoro::task<> flush(int level) { co_return; }
void log_line(int level) {}

template <class F, class... Args>
cppcoro::task<> call_later(F f, Args... args) {
  std::invoke(f, args...);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'std::invoke' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: await it with 'co_await'; no fix-it is offered because the call is a task only in some instantiations of the template
  // CHECK-MESSAGES: :[[@LINE+32]]:12: note: found in the instantiation 'call_later<cppcoro::task<> (*)(int), int>', made here; others may differ
  co_return;
}

struct AsyncRepo {
  cppcoro::task<> save(int value) { co_return; }
};
struct MemoryRepo {
  void save(int value) {}
};

template <class Repo> cppcoro::task<> store(Repo &repo, int value) {
  repo.save(value);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'repo.save' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: await it with 'co_await'; no fix-it is offered because the call is a task only in some instantiations of the template
  // CHECK-MESSAGES: :[[@LINE+20]]:12: note: found in the instantiation 'store<AsyncRepo>', made here; others may differ
  co_return;
}

// A generic lambda called with a dependent argument: its call is resolved,
// and makes a task, only in the instantiation.
template <class T> cppcoro::task<> each(T value) {
  auto op = [](auto v) { return flush(v); };
  op(value);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: lazy task returned by 'op' is never awaited: it never runs [coro-unawaited-task]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: await it with 'co_await'; no fix-it is offered because the call is a task only in some instantiations of the template
  // CHECK-MESSAGES: :[[@LINE+10]]:12: note: found in the instantiation 'each<int>', made here; others may differ
  co_return;
}

cppcoro::task<> run(AsyncRepo &async_repo, MemoryRepo &memory_repo) {
  co_await call_later(log_line, 1); // Quiet: log_line returns void.
  co_await call_later(flush, 2);
  co_await call_later(flush, 3); // The same instantiation: one finding.
  co_await store(memory_repo, 4); // Quiet.
  co_await store(async_repo, 5);
  co_await each(6);
}
