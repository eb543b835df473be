// RUN: %check_coro_lint %s coro-nested-event-loop %t -- -std=c++20 -isystem %inputs/concurrencpp

// Generic code judged per instantiation stays quiet where it would guess: a
// coroutine template that waits on a result it was given (generic
// consumers and test harnesses are often handed results that are complete),
// and a chain through a helper that holds only under a condition the
// instantiation does not decide. The same wait written in a plain coroutine
// is reported, as is a wait on a result the template made itself.

#include <concurrencpp/concurrencpp.h>

using concurrencpp::result;

result<int> produce() { co_return 1; }

template <class type> result<type> make() { co_return type(); }

result<int> consume(result<int> given) {
  co_return given.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'concurrencpp::result::get' blocks the thread until the result is ready inside a coroutine: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-FIXES: {{^}}  co_return co_await std::move(given);{{$}}
}

template <class type> result<type> consume_any(result<type> given) {
  co_return given.get(); // Quiet, in the template and its instantiations.
}

template <class type> result<type> waits_on_own() {
  result<type> made = make<type>();
  co_return made.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'concurrencpp::result::get' blocks the thread until the result is ready inside a coroutine: if the work needs this event loop, it deadlocks; await it instead [coro-nested-event-loop]
  // CHECK-MESSAGES: :[[@LINE+6]]:20: note: found in the instantiation 'waits_on_own<int>', made here; others may differ
}

result<int> use() {
  int a = co_await consume(produce());
  int b = co_await consume_any(produce());
  int c = co_await waits_on_own<int>();
  co_return a + b + c;
}
