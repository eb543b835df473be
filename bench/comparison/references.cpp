// Stock comparison cases: a lazy task keeping a reference that dies before
// the task runs. Format (read by bench/compare-stock-checks.py):
//   // case: <name>: <description>    starts a case; it runs to the next one
//   // expect: bug <check>            a finding belongs on this line
//   // expect: ok <check>             a finding on this line would be wrong
// A case with an `expect: bug` line is a bug case, else an ok case. Each case
// declares its own coroutines, so that a finding at a declaration (as stock
// clang-tidy reports) falls in the case it is about.
#include <asio.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace references {

void write_out(std::string_view text);

// case: literal-task-stored: const std::string& bound to a literal, task stored
asio::awaitable<void> send_stored(const std::string &line) {
  write_out(line);
  co_return;
}

void queue_greeting(std::vector<asio::awaitable<void>> &pending) {
  pending.push_back(send_stored("hello")); // expect: bug coro-dangling-reference
}

// case: literal-task-spawned: const std::string& bound to a literal, detached
asio::awaitable<void> send_spawned(const std::string &line) {
  write_out(line);
  co_return;
}

void start_greeting(asio::io_context &context) {
  asio::co_spawn(context, send_spawned("hello"), // expect: bug coro-dangling-reference
                 asio::detached);
}

// case: literal-task-returned: const std::string& bound to a literal, returned
asio::awaitable<void> send_returned(const std::string &line) {
  write_out(line);
  co_return;
}

asio::awaitable<void> greeting_later() {
  return send_returned("hello"); // expect: bug coro-dangling-reference
}

// case: local-task-returned: const std::string& bound to a local, task returned
asio::awaitable<void> send_local(const std::string &line) {
  write_out(line);
  co_return;
}

asio::awaitable<void> greet_user(int id) {
  std::string line = "hello " + std::to_string(id);
  return send_local(line); // expect: bug coro-dangling-reference
}

// case: temporary-awaited-at-once: const std::string& temporary, co_await'ed
asio::awaitable<void> send_awaited(const std::string &line) { // expect: ok coro-dangling-reference
  write_out(line);
  co_return;
}

asio::awaitable<void> greet_now() {
  co_await send_awaited("hello");              // expect: ok coro-dangling-reference
  co_await send_awaited(std::string("again")); // expect: ok coro-dangling-reference
}

// case: long-lived-lvalue: const std::string& bound to a global, detached
const std::string banner = "welcome";

asio::awaitable<void> send_banner(const std::string &line) { // expect: ok coro-dangling-reference
  write_out(line);
  co_return;
}

void start_banner(asio::io_context &context) {
  asio::co_spawn(context, send_banner(banner), // expect: ok coro-dangling-reference
                 asio::detached);
}

// case: capturing-lambda-spawned: temporary lambda with captures, detached
void start_named_job(asio::io_context &context, std::string name) {
  asio::co_spawn(
      context,
      [name]() -> asio::awaitable<void> { // expect: bug coro-dangling-reference
        write_out(name);
        co_return;
      }(),
      asio::detached);
}

// case: capturing-lambda-awaited: temporary lambda with captures, co_await'ed
asio::awaitable<void> run_named_job(std::string name) {
  co_await [name]() -> asio::awaitable<void> { // expect: ok coro-dangling-reference
    write_out(name);
    co_return;
  }();
}

// case: named-lambda-in-scope: named capturing lambda, its task awaited in scope
asio::awaitable<void> run_kept_job(std::string name) {
  auto job = [name]() -> asio::awaitable<void> { // expect: ok coro-dangling-reference
    write_out(name);
    co_return;
  };
  asio::awaitable<void> task = job();
  co_await std::move(task); // expect: ok coro-dangling-reference
}

// case: captureless-lambda-spawned: temporary lambda without captures, detached
void start_tick(asio::io_context &context) {
  asio::co_spawn(
      context,
      []() -> asio::awaitable<void> { // expect: ok coro-dangling-reference
        write_out("tick");
        co_return;
      }(),
      asio::detached);
}

// case: string-view-temporary-stored: std::string_view bound to a temporary
asio::awaitable<std::size_t> count_words(std::string_view text) {
  write_out(text);
  co_return text.size();
}

void queue_count(std::vector<asio::awaitable<std::size_t>> &pending, int id) {
  pending.push_back( // expect: bug coro-dangling-reference
      count_words(std::string("job ") + std::to_string(id)));
}

} // namespace references
