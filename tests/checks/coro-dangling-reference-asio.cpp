// RUN: %check_coro_lint %s coro-dangling-reference %t -- %asio_flags

// coro-dangling-reference with standalone asio's real headers (libasio-dev):
// asio::awaitable is lazy, asio::co_spawn starts it to run later.

#include <asio.hpp>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

asio::awaitable<void> send(const std::string &text) { co_return; }
asio::awaitable<void> send_view(std::string_view text) { co_return; }
asio::awaitable<void> send_bytes(std::span<const int> bytes) { co_return; }
asio::awaitable<void> send_raw(const char *text) { co_return; }
asio::awaitable<void> send_copy(std::string text) { co_return; }
asio::awaitable<void> count(const int &n) { co_return; }
asio::awaitable<void> elsewhere(const std::string &text);
std::string make_name();
void keep(asio::awaitable<void> task);
// Not a coroutine: it only starts an operation, like asio's own functions.
asio::awaitable<void> wrapper(const std::string &text) {
  return send_copy(text);
}

struct Session {
  asio::awaitable<void> run() { co_return; }
  std::string name;
  asio::awaitable<void> greet() { co_await send(name); }
};

std::string global_name;

// ---- 1. A temporary bound to the reference, the task outliving the call --

void store_temporary(asio::io_context &io) {
  auto task = send(std::string("hello"));
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: lazy task of 'send' refers to a temporary, which is destroyed before the task runs: the task is stored in 'task' and runs later [coro-dangling-reference]
  // CHECK-MESSAGES: :14:47: note: parameter 'text' of 'send' is a reference ('const std::string &'): the coroutine frame kee
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: this temporary 'std::string' is destroyed at the end of the full expression
  // CHECK-MESSAGES: :[[@LINE-4]]:15: note: take 'text' by value, or await the task in the same expression that calls 'send'
  asio::co_spawn(io, std::move(task), asio::detached);
}

void spawn_literal(asio::io_context &io) {
  // The std::string made from the literal for the const& parameter.
  asio::co_spawn(io, send("hello"), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: lazy task of 'send' refers to a temporary, which is destroyed before the task runs: the task is started by 'asio::co_spawn' to run later [coro-dangling-reference]
  // CHECK-MESSAGES: :14:47: note: parameter 'text' of 'send' is a reference ('const std::string &'): the coroutine frame kee
  // CHECK-MESSAGES: :[[@LINE-3]]:27: note: this temporary 'std::string' is destroyed at the end of the full expression
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: take 'text' by value, or await the task in the same expression that calls 'send'
}

void spawn_views(asio::io_context &io) {
  asio::co_spawn(io, send_view(std::string("x")), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: lazy task of 'send_view' refers to a temporary, which is destroyed before the task runs: the task is started by 'asio::co_spawn' to run later [coro-dangling-reference]
  // CHECK-MESSAGES: :15:50: note: parameter 'text' of 'send_view' is a view ('std::string_view'): the coroutine frame keeps 
  // CHECK-MESSAGES: :[[@LINE-3]]:32: note: this temporary 'std::string' is destroyed at the end of the full expression
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: take 'text' by value, or await the task in the same expression that calls 'send_view'
  asio::co_spawn(io, send_view(make_name()), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: lazy task of 'send_view' refers to a temporary, which is destroyed before the task runs: the task is started by 'asio::co_spawn' to run later [coro-dangling-reference]
  // CHECK-MESSAGES: :15:50: note: parameter 'text' of 'send_view' is a view ('std::string_view'): the coroutine frame keeps 
  // CHECK-MESSAGES: :[[@LINE-3]]:32: note: this temporary 'std::string' is destroyed at the end of the full expression
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: take 'text' by value, or await the task in the same expression that calls 'send_view'
  asio::co_spawn(io, send_bytes(std::vector<int>{1, 2}), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: lazy task of 'send_bytes' refers to a temporary, which is destroyed before the task runs: the task is started by 'asio::co_spawn' to run later [coro-dangling-reference]
  // CHECK-MESSAGES: :16:55: note: parameter 'bytes' of 'send_bytes' is a view ('std::span<const int>'): the coroutine frame 
  // CHECK-MESSAGES: :[[@LINE-3]]:33: note: this temporary 'std::vector<int>' is destroyed at the end of the full expression
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: take 'bytes' by value, or await the task in the same expression that calls 'send_bytes'
  asio::co_spawn(io, send_raw(make_name().c_str()), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: lazy task of 'send_raw' refers to a temporary, which is destroyed before the task runs: the task is started by 'asio::co_spawn' to run later [coro-dangling-reference]
  // CHECK-MESSAGES: :17:44: note: parameter 'text' of 'send_raw' is a pointer ('const char *'): the coroutine frame keeps it
  // CHECK-MESSAGES: :[[@LINE-3]]:31: note: this temporary 'std::string' is destroyed at the end of the full expression
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: take 'text' by value, or await the task in the same expression that calls 'send_raw'
}

asio::awaitable<void> return_temporary() {
  return send(std::string("bye"));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: lazy task of 'send' refers to a temporary, which is destroyed before the task runs: the task is returned and runs after 'return_temporary' returns [coro-dangling-reference]
  // CHECK-MESSAGES: :14:47: note: parameter 'text' of 'send' is a reference ('const std::string &'): the coroutine frame kee
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: this temporary 'std::string' is destroyed at the end of the full expression
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: take 'text' by value, or await the task in the same expression that calls 'send'
}

void temporary_object(asio::io_context &io) {
  asio::co_spawn(io, Session{}.run(), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: lazy task of 'run' refers to a temporary (the object it is called on), which is destroyed before the task runs: the task is started by 'asio::co_spawn' to run later [coro-dangling-reference]
  // CHECK-MESSAGES: :29:25: note: 'run' is a member function: the coroutine frame keeps 'this', not a copy of the object
  // CHECK-MESSAGES: :[[@LINE-3]]:22: note: this temporary 'Session' is destroyed at the end of the full expression
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: make the object outlive the task (own it in the task, e.g. as a shared_ptr parameter), or 
}

void declared_elsewhere(asio::io_context &io) {
  asio::co_spawn(io, elsewhere("x"), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: lazy task of 'elsewhere' refers to a temporary, which is destroyed before the task runs: the task is started by 'asio::co_spawn' to run later [coro-dangling-reference]
  // CHECK-MESSAGES: :20:52: note: parameter 'text' of 'elsewhere' is a reference ('const std::string &'): the coroutine fram
  // CHECK-MESSAGES: :[[@LINE-3]]:32: note: this temporary 'std::string' is destroyed at the end of the full expression
  // CHECK-MESSAGES: :20:23: note: this holds if 'elsewhere' is a coroutine; it is declared here without a body
  // CHECK-MESSAGES: :[[@LINE-5]]:22: note: take 'text' by value, or await the task in the same expression that calls 'elsewhere'
}

void store_in_container(std::vector<asio::awaitable<void>> &tasks) {
  tasks.push_back(send(std::string("queued")));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: lazy task of 'send' refers to a temporary, which is destroyed before the task runs: the task is kept by 'std::vector::push_back' to run later [coro-dangling-reference]
  // CHECK-MESSAGES: :14:47: note: parameter 'text' of 'send' is a reference ('const std::string &'): the coroutine frame kee
  // CHECK-MESSAGES: :[[@LINE-3]]:24: note: this temporary 'std::string' is destroyed at the end of the full expression
  // CHECK-MESSAGES: :[[@LINE-4]]:19: note: take 'text' by value, or await the task in the same expression that calls 'send'
}

// ---- 2. A temporary lambda coroutine with captures ------------------------

void spawn_temporary_lambda(asio::io_context &io, int port) {
  asio::co_spawn(io, [&]() -> asio::awaitable<void> { co_await count(port); }(), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: lazy task of this lambda refers to the lambda object, a temporary that holds its captures, which is destroyed before the task runs: the task is started by 'asio::co_spawn' to run later [coro-dangling-reference]
  // CHECK-MESSAGES: :[[@LINE-2]]:70: note: the coroutine reads its captures ('port') through the lambda object, which the coroutine f
  // CHECK-MESSAGES: :[[@LINE-3]]:79: note: the lambda object is destroyed at the end of the full expression
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: pass the lambda's state as parameters of the lambda (the coroutine frame copies them), or 
}

int main_with_temporary_lambda() {
  asio::io_context io;
  std::string greeting = "hi";
  // io.run() after the spawn does not help: the lambda object is gone.
  asio::co_spawn(io, [greeting]() -> asio::awaitable<void> { co_await send(greeting); }(), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: lazy task of this lambda refers to the lambda object, a temporary that holds its captures, which is destroyed before the task runs: the task is started by 'asio::co_spawn' to run later [coro-dangling-reference]
  // CHECK-MESSAGES: :[[@LINE-2]]:23: note: the coroutine reads its captures ('greeting') through the lambda object, which the corouti
  // CHECK-MESSAGES: :[[@LINE-3]]:89: note: the lambda object is destroyed at the end of the full expression
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: pass the lambda's state as parameters of the lambda (the coroutine frame copies them), or 
  io.run();
  return 0;
}

void store_temporary_lambda(int id) {
  auto task = [id]() -> asio::awaitable<void> { co_await count(id); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: lazy task of this lambda refers to the lambda object, a temporary that holds its captures, which is destroyed before the task runs: the task is stored in 'task' and runs later [coro-dangling-reference]
  // CHECK-MESSAGES: :[[@LINE-2]]:16: note: the coroutine reads its captures ('id') through the lambda object, which the coroutine fra
  // CHECK-MESSAGES: :[[@LINE-3]]:71: note: the lambda object is destroyed at the end of the full expression
  // CHECK-MESSAGES: :[[@LINE-4]]:15: note: pass the lambda's state as parameters of the lambda (the coroutine frame copies them), or 
  keep(std::move(task));
}

// ---- 3. Locals of a function that returns before the task runs ----------

struct Handler {
  asio::io_context &io;
  void on_request(int id) {
    std::string path = "/users";
    asio::co_spawn(io, send(path), asio::detached);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: lazy task of 'send' refers to local variable 'path', which is destroyed before the task runs: the task is started by 'asio::co_spawn' to run later [coro-dangling-reference]
    // CHECK-MESSAGES: :14:47: note: parameter 'text' of 'send' is a reference ('const std::string &'): the coroutine frame kee
    // CHECK-MESSAGES: :[[@LINE-3]]:24: note: take 'text' by value, or await the task in the same expression that calls 'send'
    asio::co_spawn(io, count(id), asio::detached);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: lazy task of 'count' refers to parameter 'id', which is destroyed before the task runs: the task is started by 'asio::co_spawn' to run later [coro-dangling-reference]
    // CHECK-MESSAGES: :19:40: note: parameter 'n' of 'count' is a reference ('const int &'): the coroutine frame keeps it, not
    // CHECK-MESSAGES: :[[@LINE-3]]:24: note: take 'n' by value, or await the task in the same expression that calls 'count'
  }
};

asio::awaitable<void> spawner() {
  std::string name = make_name();
  asio::co_spawn(co_await asio::this_coro::executor, send(name), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: lazy task of 'send' refers to local variable 'name', which may be destroyed before the task runs: the task is started by 'asio::co_spawn' to run later [coro-dangling-reference]
  // CHECK-MESSAGES: :14:47: note: parameter 'text' of 'send' is a reference ('const std::string &'): the coroutine frame kee
  // CHECK-MESSAGES: :[[@LINE-3]]:54: note: this holds if the started task has not finished when 'spawner' returns: nothing in it wait
  // CHECK-MESSAGES: :[[@LINE-4]]:54: note: take 'text' by value, or await the task in the same expression that calls 'send'
  asio::steady_timer timer(co_await asio::this_coro::executor);
  co_await timer.async_wait(asio::use_awaitable);
}

asio::awaitable<void> make_greeting() {
  std::string who = make_name();
  return send(who);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: lazy task of 'send' refers to local variable 'who', which is destroyed before the task runs: the task is returned and runs after 'make_greeting' returns [coro-dangling-reference]
  // CHECK-MESSAGES: :14:47: note: parameter 'text' of 'send' is a reference ('const std::string &'): the coroutine frame kee
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'who' is destroyed when 'make_greeting' returns here
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: take 'text' by value, or await the task in the same expression that calls 'send'
}

void outer_scope_task(asio::io_context &io) {
  asio::awaitable<void> later;
  {
    std::string inner = make_name();
    later = send(inner);
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: lazy task of 'send' refers to local variable 'inner', which is destroyed before the task runs: the task is stored in 'later' and runs later [coro-dangling-reference]
    // CHECK-MESSAGES: :14:47: note: parameter 'text' of 'send' is a reference ('const std::string &'): the coroutine frame kee
    // CHECK-MESSAGES: :[[@LINE-3]]:13: note: take 'text' by value, or await the task in the same expression that calls 'send'
  }
  asio::co_spawn(io, std::move(later), asio::detached);
}

// ---- Correct code: quiet -------------------------------------------------

asio::awaitable<void> awaited_in_same_expression() {
  co_await send(std::string("x"));
  co_await send("literal");
  co_await send_view(make_name());
  co_await Session{}.run();
  co_await [&]() -> asio::awaitable<void> { co_return; }();
  co_await asio::co_spawn(co_await asio::this_coro::executor,
                          send(std::string("y")), asio::use_awaitable);
}

void by_value_and_static(asio::io_context &io) {
  asio::co_spawn(io, send_copy(std::string("x")), asio::detached);
  asio::co_spawn(io, send_copy("literal"), asio::detached);
  asio::co_spawn(io, send_view("literal"), asio::detached);
  asio::co_spawn(io, send_raw("literal"), asio::detached);
  asio::co_spawn(io, send(global_name), asio::detached);
  static std::string static_name = "s";
  asio::co_spawn(io, send(static_name), asio::detached);
}

void caller_references(asio::io_context &io, const std::string &text,
                       std::string_view view, Session &session,
                       std::shared_ptr<Session> shared) {
  // What the caller's references refer to outlives this call.
  asio::co_spawn(io, send(text), asio::detached);
  asio::co_spawn(io, send_view(view), asio::detached);
  asio::co_spawn(io, session.run(), asio::detached);
  asio::co_spawn(io, shared->run(), asio::detached);
  asio::co_spawn(io, send(session.name), asio::detached);
}

struct Server {
  asio::io_context &io;
  std::string banner;
  void start() {
    asio::co_spawn(io, send(banner), asio::detached);
    asio::co_spawn(io, greet_all(), asio::detached);
  }
  asio::awaitable<void> greet_all() { co_await send(banner); }
};

void not_a_coroutine(asio::io_context &io) {
  // wrapper copies its argument into the coroutine it calls.
  asio::co_spawn(io, wrapper(std::string("x")), asio::detached);
}

void unknown_consumer() {
  // keep() might await the task at once: nothing is claimed.
  keep(send(std::string("x")));
}

int main() {
  asio::io_context io;
  std::string name = "main";
  Session session;
  asio::co_spawn(io, send(name), asio::detached);
  asio::co_spawn(io, session.run(), asio::detached);
  io.run();
}

void run_after_spawn() {
  asio::io_context io;
  std::string name = "local";
  asio::co_spawn(io, send(name), asio::detached);
  io.run();
}

void named_lambda_in_scope(asio::io_context &io) {
  int port = 80;
  auto serve = [&]() -> asio::awaitable<void> { co_await count(port); };
  asio::co_spawn(io, serve(), asio::detached);
  io.run();
}

void no_captures(asio::io_context &io) {
  asio::co_spawn(io, []() -> asio::awaitable<void> { co_return; }(), asio::detached);
}

void task_used_in_scope(asio::io_context &io) {
  std::string name = make_name();
  auto task = send(name);
  asio::co_spawn(io, std::move(task), asio::use_future).get();
}

asio::awaitable<void> coroutine_locals_awaited() {
  std::string name = make_name();
  auto task = send(name);
  co_await std::move(task);
}
