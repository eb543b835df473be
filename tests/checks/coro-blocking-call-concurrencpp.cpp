// RUN: %check_coro_lint %s coro-blocking-call %t -- -std=c++20 -isystem %inputs/concurrencpp

// coro-blocking-call with the concurrencpp mock: a callable submitted to a
// thread_pool_executor or thread_executor runs on that executor's threads,
// also when the call is in a function template and the callable depends on
// a template parameter (the call is resolved only per instantiation). One
// submitted to an inline_executor runs here. After `co_await
// resume_on(executor)` the coroutine runs on that executor.

#include <chrono>
#include <concurrencpp/concurrencpp.h>
#include <memory>
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

// `co_await resume_on(executor)` moves the rest of the coroutine to that
// executor: blocking there is fine when it has threads of its own.
concurrencpp::result<void> moves(concurrencpp::runtime &runtime,
                                 std::shared_ptr<concurrencpp::thread_executor> own) {
  co_await concurrencpp::resume_on(runtime.background_executor());
  std::this_thread::sleep_for(std::chrono::milliseconds(1)); // Quiet.
  co_await concurrencpp::resume_on(own);
  std::this_thread::sleep_for(std::chrono::milliseconds(1)); // Quiet.
  // An inline executor resumes on the thread that awaits: still the pool's.
  co_await concurrencpp::resume_on(runtime.inline_executor());
  std::this_thread::sleep_for(std::chrono::milliseconds(1)); // Quiet.
}

// In a template whose promise type depends on a parameter the await is
// dependent; where it resumes is still known.
template <class type>
concurrencpp::lazy_result<type> moves_in_template(std::shared_ptr<concurrencpp::thread_executor> own) {
  co_await concurrencpp::resume_on(own);
  std::this_thread::sleep_for(std::chrono::milliseconds(1)); // Quiet.
  co_return type();
}

concurrencpp::result<void> stays(concurrencpp::runtime &runtime) {
  co_await concurrencpp::resume_on(runtime.inline_executor());
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread
}

// A coroutine started with an executor_tag runs on the executor after it.
concurrencpp::result<void> on_own_thread(concurrencpp::executor_tag,
                                         std::shared_ptr<concurrencpp::thread_executor> executor) {
  std::this_thread::sleep_for(std::chrono::milliseconds(1)); // Quiet.
  co_return;
}

concurrencpp::result<void> on_inline(concurrencpp::executor_tag,
                                     concurrencpp::inline_executor *executor) {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep), blocking the event loop thread
  co_return;
}

void notifier(concurrencpp::runtime &runtime) {
  auto notify = [](concurrencpp::executor_tag,
                   concurrencpp::worker_thread_executor *executor) -> concurrencpp::result<void> {
    std::this_thread::sleep_for(std::chrono::milliseconds(1)); // Quiet.
    co_return;
  };
  auto started = notify({}, runtime.make_worker_thread_executor());
  started.get();
}

void instantiate(concurrencpp::runtime &runtime) {
  delayed<int>(runtime.thread_executor());
  pooled<int>(*runtime.thread_pool_executor());
  inline_wait<int>(runtime.inline_executor());
}
