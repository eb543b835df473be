// RUN: %check_coro_lint --check-suffix=BLOCK %s coro-blocking-call %t -- %asio_flags -DBLOCK_COMMENT
// RUN: %check_coro_lint --check-suffix=CONTINUED %s coro-blocking-call %t -- %asio_flags -DCONTINUED
// RUN: %check_coro_lint --check-suffix=PLAIN %s coro-blocking-call %t -- %asio_flags

// An inserted #include goes after the whole of the last #include directive:
// below the line where a block comment opened on it closes (BLOCK), below
// the lines a backslash continues it onto (CONTINUED), and otherwise on the
// next line (PLAIN). Only the branch taken has its #include seen, so each
// run has a different last #include.

#include <asio/awaitable.hpp>
#include <asio/steady_timer.hpp>
#include <asio/this_coro.hpp>
#include <chrono>
#if defined(BLOCK_COMMENT)
#include <thread> /* the comment opens on the directive's line,
                     goes on, and closes here */ /* another */
#elif defined(CONTINUED)
#include <thread> \
  /* the directive goes on */ \
  // and on
#else
#include <thread>
#endif
// CHECK-FIXES-BLOCK: #include <thread> /* the comment opens on the directive's line,
// CHECK-FIXES-BLOCK-NEXT: {{^}}                     goes on, and closes here */ /* another */
// CHECK-FIXES-BLOCK-NEXT: {{^}}#include <asio/use_awaitable.hpp>
// CHECK-FIXES-BLOCK-NEXT: {{^}}#elif defined(CONTINUED)
// CHECK-FIXES-CONTINUED: #include <thread> {{\\$}}
// CHECK-FIXES-CONTINUED-NEXT: {{^}}  /* the directive goes on */ {{\\$}}
// CHECK-FIXES-CONTINUED-NEXT: {{^}}  // and on
// CHECK-FIXES-CONTINUED-NEXT: {{^}}#include <asio/use_awaitable.hpp>
// CHECK-FIXES-CONTINUED-NEXT: {{^}}#else
// CHECK-FIXES-PLAIN: #else
// CHECK-FIXES-PLAIN-NEXT: {{^}}#include <thread>
// CHECK-FIXES-PLAIN-NEXT: {{^}}#include <asio/use_awaitable.hpp>
// CHECK-FIXES-PLAIN-NEXT: {{^}}#endif

asio::awaitable<void> nap() {
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  // CHECK-MESSAGES-BLOCK: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep)
  // CHECK-MESSAGES-CONTINUED: :[[@LINE-2]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep)
  // CHECK-MESSAGES-PLAIN: :[[@LINE-3]]:3: warning: 'std::this_thread::sleep_for' sleeps the calling thread (sleep)
  // CHECK-FIXES-BLOCK: co_await asio::steady_timer(co_await asio::this_coro::executor, std::chrono::milliseconds(5)).async_wait(asio::use_awaitable);
  // CHECK-FIXES-CONTINUED: co_await asio::steady_timer(co_await asio::this_coro::executor, std::chrono::milliseconds(5)).async_wait(asio::use_awaitable);
  // CHECK-FIXES-PLAIN: co_await asio::steady_timer(co_await asio::this_coro::executor, std::chrono::milliseconds(5)).async_wait(asio::use_awaitable);
  co_return;
}
