// RUN: %check_coro_lint %s coro-task-not-coroutine %t -- %asio_flags

// coro-task-not-coroutine with standalone asio's real headers (libasio-dev):
// a function that returns an asio::awaitable, has no co_await, co_return or
// co_yield, and can reach its closing brace. The fixed file compiles: every
// `co_return;` inserted makes a coroutine asio accepts.

#include <asio.hpp>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <stdexcept>
#include <string>
#include <thread>

using asio::ip::tcp;

asio::awaitable<int> fetch_user(int id) { co_return id; }
asio::awaitable<void> record_visit(int id) { co_return; }
void log_line(const std::string &line);
[[noreturn]] void fail(const char *why);

// ---- Reported, with a fix-it: a void task, no return statement ------------

asio::awaitable<void> handle(tcp::socket socket) {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'handle' returns a lazy task 'asio::awaitable<void>' but is not a coroutine (no co_await, co_return or co_yield): its body runs at the call and falls off the end without returning a task [coro-task-not-coroutine]
  std::this_thread::sleep_for(std::chrono::seconds(1));
  log_line("handled");
}
// CHECK-FIXES: {{^}}  log_line("handled");{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_return;{{$}}
// CHECK-FIXES-NEXT: {{^}}}{{$}}

asio::awaitable<void> empty_body() {}
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'empty_body' returns a lazy task 'asio::awaitable<void>' but is not a coroutine
// CHECK-FIXES: {{^}}asio::awaitable<void> empty_body() { co_return; }{{$}}

asio::awaitable<void> one_line(int id) { log_line("one"); }
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'one_line' returns a lazy task
// CHECK-FIXES: {{^}}asio::awaitable<void> one_line(int id) { log_line("one"); co_return; }{{$}}

asio::awaitable<void> empty_lines() {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'empty_lines' returns a lazy task
}
// CHECK-FIXES: {{^}}asio::awaitable<void> empty_lines() {{{$}}
// CHECK-FIXES-NEXT: {{^}}  //{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_return;{{$}}

struct Session {
  asio::awaitable<void> start() {
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'start' returns a lazy task
    if (started_)
      log_line("again");
    started_ = true;
  }
  // CHECK-FIXES: {{^}}    started_ = true;{{$}}
  // CHECK-FIXES-NEXT: {{^}}    co_return;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  }{{$}}
  bool started_ = false;
};

void install(std::function<asio::awaitable<void>()> hook);

void lambdas() {
  install([]() -> asio::awaitable<void> { log_line("hook"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: this lambda returns a lazy task 'asio::awaitable<void>' but is not a coroutine
  // CHECK-FIXES: {{^}}  install([]() -> asio::awaitable<void> { log_line("hook"); co_return; });{{$}}
}

// ---- Reported, no fix-it ----------------------------------------------------

// A result to give: co_return needs the value the author meant.
asio::awaitable<int> count_users() {
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'count_users' returns a lazy task 'asio::awaitable<int>' but is not a coroutine (no co_await, co_return or co_yield): its body runs at the call and falls off the end without returning a task
  log_line("counting");
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: make it a coroutine (co_return at the end) or return a task; no fix-it is offered because the task's result is not void: 'co_return' needs the value the task was meant to give

// A wrapper that forgets one path.
asio::awaitable<int> cached_user(int id, bool cached) {
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'cached_user' returns a lazy task 'asio::awaitable<int>' but is not a coroutine (no co_await, co_return or co_yield): its body runs at the call and can fall off the end without returning a task
  if (!cached)
    return fetch_user(id);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: a path without a return statement reaches the end of the body here; return a task on every path, or make it a coroutine

asio::awaitable<void> maybe_record(int id) {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'maybe_record' returns a lazy task 'asio::awaitable<void>' but is not a coroutine (no co_await, co_return or co_yield): its body runs at the call and can fall off the end
  if (id > 0)
    return record_visit(id);
  log_line("anonymous");
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: a path without a return statement

// Coroutines cannot take C variadic arguments.
asio::awaitable<void> logf(const char *format, ...) { log_line(format); }
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'logf' returns a lazy task
// CHECK-MESSAGES: :[[@LINE-2]]:73: note: make it a coroutine (co_return at the end) or return a task; no fix-it is offered because a coroutine cannot take C variadic arguments

// A coroutine moves its by-value parameters into its frame.
struct Pinned {
  Pinned() = default;
  Pinned(const Pinned &) = delete;
};
asio::awaitable<void> pinned(Pinned p) { log_line("pinned"); }
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'pinned' returns a lazy task
// CHECK-MESSAGES: :[[@LINE-2]]:62: note: {{.*}} because a parameter cannot be moved into a coroutine frame

asio::awaitable<void> guarded() try {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'guarded' returns a lazy task
  log_line("try");
} catch (...) {
  log_line("caught");
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: {{.*}} because the body is a function-try-block

#define END_OF_BODY }
asio::awaitable<void> macro_end() {
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'macro_end' returns a lazy task
  log_line("macro");
END_OF_BODY
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: {{.*}} because the end of the body is in a macro

// In a template, each instantiation is judged; the finding is made once, and
// carries no fix-it (another instantiation may differ).
template <typename T> asio::awaitable<void> store(T value) {
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: 'store<int>' returns a lazy task 'asio::awaitable<void>' but is not a coroutine
  log_line(std::to_string(value));
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: {{.*}} because the same code serves the template's other instantiations
void store_both() {
  auto a = store(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: found in the instantiation 'store<int>', made here; others may differ
  auto b = store(2.5);
}

// ---- Quiet ------------------------------------------------------------------

// Coroutines.
asio::awaitable<void> awaits() { co_await record_visit(1); }
asio::awaitable<int> returns() { co_return 1; }

// Wrappers: another coroutine's task returned on every path.
asio::awaitable<int> wrapper(int id) { return fetch_user(id); }
asio::awaitable<int> forwarding(int id, bool fresh) {
  if (fresh)
    return fetch_user(id);
  return fetch_user(-id);
}
asio::awaitable<void> make_task(std::function<void()> work);
asio::awaitable<void> through_maker() {
  return make_task([] { log_line("work"); });
}
auto deduced() { return fetch_user(2); }
asio::awaitable<int> switched(bool fresh) {
  switch (fresh) {
  case true:
    return fetch_user(1);
  default:
    return fetch_user(2);
  }
}
enum class Source { Cache, Database };
asio::awaitable<int> every_enumerator(Source from) {
  switch (from) {
  case Source::Cache:
    return fetch_user(1);
  case Source::Database:
    return fetch_user(2);
  }
}

// The end cannot be reached.
asio::awaitable<int> throws(bool ok) {
  if (ok)
    return fetch_user(1);
  throw std::runtime_error("no user");
}
asio::awaitable<int> aborts(bool ok) {
  if (ok)
    return fetch_user(1);
  std::abort();
}
asio::awaitable<void> fails() { fail("not implemented"); }
asio::awaitable<void> forever() {
  for (;;)
    log_line("spinning");
}
asio::awaitable<void> while_true() {
  while (true)
    log_line("spinning");
}
[[noreturn]] asio::awaitable<void> declared_noreturn() { std::exit(1); }

// No body, or no code of its own.
asio::awaitable<void> declared_only(int id);
struct Handler {
  virtual asio::awaitable<void> on_message(std::string text) = 0;
  asio::awaitable<void> on_close() = delete;
};

// A reference to a task that exists already.
asio::awaitable<int> &current();

// A template never instantiated is not judged.
template <typename T> asio::awaitable<void> never_used(T value) {
  log_line("never");
}
template <typename T> struct Repository {
  asio::awaitable<void> save(T row) { log_line("saved"); }
};

// Lambdas that return another coroutine's task, or are coroutines.
void quiet_lambdas() {
  install([] { return record_visit(3); });
  install([]() -> asio::awaitable<void> { return record_visit(4); });
  install([]() -> asio::awaitable<void> { co_await record_visit(5); });
  auto generic = [](auto id) { return fetch_user(id); };
  auto task = generic(6);
}

// Suppressed.
asio::awaitable<void> suppressed() {} // NOLINT(coro-task-not-coroutine)
