// RUN: %check_coro_lint %s coro-dangling-reference %t -- -std=c++20 -isystem %inputs/cobalt

// coro-dangling-reference with the Boost.Cobalt mock: cobalt::task is lazy
// and spawn() runs it later; cobalt::promise is eager (quiet).

#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/cobalt/promise.hpp>
#include <boost/cobalt/run.hpp>
#include <boost/cobalt/spawn.hpp>
#include <boost/cobalt/task.hpp>
#include <string>
#include <string_view>

namespace cobalt = boost::cobalt;

cobalt::task<void> log_line(std::string_view line) { co_return; }
cobalt::promise<void> log_eagerly(const std::string &line) { co_return; }
std::string format_line(int n);

// ---- 1. A temporary, the task started to run later --------------------------

void on_event(boost::asio::io_context &ctx, int n) {
  cobalt::spawn(ctx, log_line(format_line(n)), boost::asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: lazy task of 'log_line' refers to a temporary, which is destroyed before the task runs: the task is started by 'boost::cobalt::spawn' to run later [coro-dangling-reference]
  // CHECK-MESSAGES: :17:46: note: parameter 'line' of 'log_line' is a view ('std::string_view'): the coroutine frame keeps i
  // CHECK-MESSAGES: :[[@LINE-3]]:31: note: this temporary 'std::string' is destroyed at the end of the full expression
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: take 'line' by value, or await the task in the same expression that calls 'log_line'
}

// ---- 3. A local of a function that returns before the task runs ------------

void on_message(boost::asio::io_context &ctx) {
  std::string line = format_line(1);
  cobalt::spawn(ctx, log_line(line), boost::asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: lazy task of 'log_line' refers to local variable 'line', which is destroyed before the task runs: the task is started by 'boost::cobalt::spawn' to run later [coro-dangling-reference]
  // CHECK-MESSAGES: :17:46: note: parameter 'line' of 'log_line' is a view ('std::string_view'): the coroutine frame keeps i
  // CHECK-MESSAGES: :[[@LINE-3]]:22: note: take 'line' by value, or await the task in the same expression that calls 'log_line'
}

// ---- Correct code: quiet ---------------------------------------------------

void eager_promise() {
  // An eager promise has run up to its first suspension already.
  auto p = log_eagerly(std::string("x"));
}

int run_in_same_expression() {
  cobalt::run(log_line(format_line(2)));
  return 0;
}

void loop_runs_after_spawn() {
  boost::asio::io_context ctx;
  std::string line = format_line(3);
  cobalt::spawn(ctx, log_line(line), boost::asio::detached);
  ctx.run();
}

void string_literal(boost::asio::io_context &ctx) {
  cobalt::spawn(ctx, log_line("static text"), boost::asio::detached);
}
