// RUN: %check_coro_lint %s coro-dangling-reference %t -- -std=c++23 -isystem %inputs/cppcoro

// coro-dangling-reference with the cppcoro mock: cppcoro::task is lazy,
// sync_wait waits in the same full expression, when_all holds its tasks
// until its own result is awaited.

#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/when_all.hpp>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

cppcoro::task<int> parse(std::string_view text) { co_return 1; }
cppcoro::task<int> lookup(const std::string &key) { co_return 2; }
cppcoro::task<> touch(int *counter) { co_return; }
cppcoro::task<> nothing() { co_return; }
std::string load_config();

struct Cache {
  std::vector<cppcoro::task<int>> pending;
  cppcoro::task<int> lookup_later;

  // ---- 1. Temporaries ------------------------------------------------------
  void queue(std::string key) {
    pending.push_back(lookup(key + "-suffix"));
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: lazy task of 'lookup' refers to a temporary, which is destroyed before the task runs: the task is kept by 'std::vector::push_back' to run later [coro-dangling-reference]
    // CHECK-MESSAGES: :17:46: note: parameter 'key' of 'lookup' is a reference ('const std::string &'): the coroutine frame ke
    // CHECK-MESSAGES: :[[@LINE-3]]:30: note: this temporary 'std::basic_string<char, std::char_traits<char>, std::allocator<char>>' is destr
    // CHECK-MESSAGES: :[[@LINE-4]]:23: note: take 'key' by value, or await the task in the same expression that calls 'lookup'
    pending.emplace_back(parse(load_config()));
    // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: lazy task of 'parse' refers to a temporary, which is destroyed before the task runs: the task is kept by 'std::vector::emplace_back' to run later [coro-dangling-reference]
    // CHECK-MESSAGES: :16:43: note: parameter 'text' of 'parse' is a view ('std::string_view'): the coroutine frame keeps it, 
    // CHECK-MESSAGES: :[[@LINE-3]]:32: note: this temporary 'std::string' is destroyed at the end of the full expression
    // CHECK-MESSAGES: :[[@LINE-4]]:26: note: take 'text' by value, or await the task in the same expression that calls 'parse'
  }
  void remember() {
    lookup_later = lookup("fixed");
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: lazy task of 'lookup' refers to a temporary, which is destroyed before the task runs: the task is stored in 'lookup_later' and runs later [coro-dangling-reference]
    // CHECK-MESSAGES: :17:46: note: parameter 'key' of 'lookup' is a reference ('const std::string &'): the coroutine frame ke
    // CHECK-MESSAGES: :[[@LINE-3]]:27: note: this temporary 'std::string' is destroyed at the end of the full expression
    // CHECK-MESSAGES: :[[@LINE-4]]:20: note: take 'key' by value, or await the task in the same expression that calls 'lookup'
  }

  // ---- 3. Locals: a member holds the task past the function's end ----------
  void remember_local() {
    std::string key = load_config();
    lookup_later = lookup(key);
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: lazy task of 'lookup' refers to local variable 'key', which is destroyed before the task runs: the task is stored in 'lookup_later' and runs later [coro-dangling-reference]
    // CHECK-MESSAGES: :17:46: note: parameter 'key' of 'lookup' is a reference ('const std::string &'): the coroutine frame ke
    // CHECK-MESSAGES: :[[@LINE-3]]:20: note: take 'key' by value, or await the task in the same expression that calls 'lookup'
  }
  cppcoro::task<int> remember_local_and_await() {
    std::string key = load_config();
    lookup_later = lookup(key);
    co_return co_await lookup_later;
  }
};

auto combine_later() {
  // when_all holds the task; its result is stored, not awaited.
  auto all = cppcoro::when_all(lookup(std::string("a")), nothing());
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: lazy task of 'lookup' refers to a temporary, which is destroyed before the task runs: the task is stored in 'all' and runs later [coro-dangling-reference]
  // CHECK-MESSAGES: :17:46: note: parameter 'key' of 'lookup' is a reference ('const std::string &'): the coroutine frame ke
  // CHECK-MESSAGES: :[[@LINE-3]]:39: note: this temporary 'std::string' is destroyed at the end of the full expression
  // CHECK-MESSAGES: :[[@LINE-4]]:32: note: take 'key' by value, or await the task in the same expression that calls 'lookup'
  return all;
}

cppcoro::task<> pointer_to_local_in_outer_task() {
  cppcoro::task<> later;
  {
    int counter = 0;
    later = touch(&counter);
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: lazy task of 'touch' refers to local variable 'counter', which is destroyed before the task runs: the task is stored in 'later' and runs later [coro-dangling-reference]
    // CHECK-MESSAGES: :18:28: note: parameter 'counter' of 'touch' is a pointer ('int *'): the coroutine frame keeps it, not a
    // CHECK-MESSAGES: :[[@LINE-3]]:13: note: take 'counter' by value, or await the task in the same expression that calls 'touch'
  }
  co_await later;
}

// ---- 2. Temporary lambdas --------------------------------------------------

cppcoro::task<int> lambda_task_returned(int base) {
  return [base]() -> cppcoro::task<int> { co_return base + 1; }();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: lazy task of this lambda refers to the lambda object, a temporary that holds its captures, which is destroyed before the task runs: the task is returned and runs after 'lambda_task_returned' returns [coro-dangling-reference]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: the coroutine reads its captures ('base') through the lambda object, which the coroutine f
  // CHECK-MESSAGES: :[[@LINE-3]]:65: note: the lambda object is destroyed at the end of the full expression
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: pass the lambda's state as parameters of the lambda (the coroutine frame copies them), or 
}

cppcoro::task<int> lambda_explicit_object(std::deque<cppcoro::task<int>> &out) {
  int local = 3;
  // A by-value explicit object parameter copies the lambda: its by-value
  // captures are safe, its by-reference captures still name the locals.
  out.push_back([local](this auto self) -> cppcoro::task<int> { co_return local; }());
  cppcoro::task<int> t = [&local](this auto self) -> cppcoro::task<int> { co_return local; }();
  co_return 0;
}

cppcoro::task<int> lambda_explicit_object_awaited_later() {
  int local = 3;
  cppcoro::task<int> t;
  {
    int inner = 4;
    t = [&inner](this auto self) -> cppcoro::task<int> { co_return inner; }();
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: lazy task of this lambda refers to local variable 'inner' (captured by reference), which is destroyed before the task runs: the task is stored in 't' and runs later [coro-dangling-reference]
    // CHECK-MESSAGES: :[[@LINE-2]]:9: note: the lambda captures 'inner' by reference: its explicit object parameter copies the lambda 
    // CHECK-MESSAGES: :[[@LINE-3]]:9: note: pass the lambda's state as parameters of the lambda (the coroutine frame copies them), or 
  }
  co_return co_await t;
}

// ---- Correct code: quiet ---------------------------------------------------

int waited_in_same_expression() {
  int a = cppcoro::sync_wait(lookup(std::string("x")));
  int b = cppcoro::sync_wait(parse(load_config()));
  cppcoro::sync_wait(cppcoro::when_all(lookup("y"), nothing()));
  return a + b;
}

cppcoro::task<int> awaited_combinations() {
  auto [x, y] = co_await cppcoro::when_all(lookup("x"), parse(load_config()));
  int z = co_await [&]() -> cppcoro::task<int> { co_return x + y; }();
  co_return z;
}

cppcoro::task<int> named_lambda_awaited() {
  int base = 1;
  auto add = [&]() -> cppcoro::task<int> { co_return base + 1; };
  co_return co_await add();
}

cppcoro::task<int> locals_awaited_in_scope() {
  std::string key = load_config();
  auto task = lookup(key);
  int counter = 0;
  std::vector<cppcoro::task<>> tasks;
  tasks.push_back(touch(&counter));
  for (auto &t : tasks)
    co_await t;
  co_return co_await task;
}

cppcoro::task<int> forward_own_reference(const std::string &key) {
  // The caller's argument outlives this coroutine's await.
  return lookup(key);
}

cppcoro::task<int> string_literal_view() {
  auto t = parse("literal");
  co_return co_await t;
}

cppcoro::task<int> explicit_object_by_value_captures() {
  int local = 3;
  auto t = [local](this auto self) -> cppcoro::task<int> { co_return local; }();
  co_return co_await t;
}

// A task handed by reference to a function whose body is elsewhere: such a
// function takes the task over (a thread pool's spawn_joinable), it does not
// refer to it. Found on real code.
cppcoro::task<> spawn_joinable(cppcoro::task<> &&work);
cppcoro::task<> step(int n) { co_return; }
void joined(std::vector<cppcoro::task<>> &all) {
  all.push_back(spawn_joinable(step(1)));
}

// A member coroutine of a class with no state, called on a temporary: there
// is nothing for the task to read through `this`. Found on real code.
struct Tick {
  cppcoro::task<int> operator()() const { co_return 1; }
};
void ticks(std::vector<cppcoro::task<int>> &all) { all.push_back(Tick{}()); }
