// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20 -isystem %inputs/concurrencpp

// coro-blocking-call with the concurrencpp mock: a callable submitted to a
// thread_pool_executor or thread_executor runs on that executor's threads,
// also when the call is in a function template and the callable depends on
// a template parameter (the call is resolved only per instantiation). One
// submitted to an inline_executor runs here.

#include <chrono>
#include <concurrencpp/concurrencpp.h>
#include <thread>
#include <utility>

template <class type>
concurrencpp::result<type> delayed(concurrencpp::thread_executor *executor) {
  auto result = executor->submit([]() -> type {
    std::this_thread::sleep_for(std::chrono::milliseconds(350)); // Quiet.
    return type();
  });
  co_return co_await std::move(result);
}

template <class type>
concurrencpp::result<type> pooled(concurrencpp::thread_pool_executor &pool) {
  co_return co_await pool.submit([] {
    std::this_thread::sleep_for(std::chrono::milliseconds(1)); // Quiet.
    return type();
  });
}

template <class type>
concurrencpp::result<type> inline_wait(concurrencpp::inline_executor *executor) {
  co_return co_await executor->submit([]() -> type {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread
    return type();
  });
}

concurrencpp::result<void> plain(concurrencpp::thread_executor *executor) {
  co_await executor->submit([] {
    std::this_thread::sleep_for(std::chrono::milliseconds(1)); // Quiet.
  });
}

void instantiate(concurrencpp::runtime &runtime) {
  delayed<int>(runtime.thread_executor());
  pooled<int>(*runtime.thread_pool_executor());
  inline_wait<int>(runtime.inline_executor());
}
