// Mock of Boost.Cobalt for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <boost/asio/detached.hpp>
#include <boost/cobalt/task.hpp>
#include <boost/cobalt/this_thread.hpp>

#include "../../../mock-core/corolint_mock_core.hpp"

#include <exception>
#include <type_traits>
#include <utility>

namespace boost::cobalt {

// Starts the task on `exec` (inline in the mock) and reports completion to `token`,
// a callable taking (std::exception_ptr[, T]) or boost::asio::detached.
template <typename T, typename CompletionToken>
void spawn(executor /*exec*/, task<T>&& t, CompletionToken&& token) {
  std::exception_ptr error;
  if constexpr (std::is_void_v<T>) {
    try {
      (void)corolint_mock::sync_wait_impl(std::move(t));
    } catch (...) {
      error = std::current_exception();
    }
    if constexpr (std::is_invocable_v<CompletionToken, std::exception_ptr>) static_cast<CompletionToken&&>(token)(error);
  } else {
    T value{};
    try {
      value = corolint_mock::sync_wait_impl(std::move(t));
    } catch (...) {
      error = std::current_exception();
    }
    if constexpr (std::is_invocable_v<CompletionToken, std::exception_ptr, T>)
      static_cast<CompletionToken&&>(token)(error, std::move(value));
  }
}

// Overload for an execution context (anything with get_executor()).
template <typename ExecutionContext, typename T, typename CompletionToken>
  requires requires(ExecutionContext& ctx) { ctx.get_executor(); }
void spawn(ExecutionContext& ctx, task<T>&& t, CompletionToken&& token) {
  cobalt::spawn(executor(ctx.get_executor()), std::move(t), static_cast<CompletionToken&&>(token));
}

}  // namespace boost::cobalt
