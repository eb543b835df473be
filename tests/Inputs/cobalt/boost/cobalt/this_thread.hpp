// Mock of Boost.Cobalt for corolint's tests: only the names and shapes the tests need.
#pragma once

namespace boost::cobalt {

// Stands in for boost::asio::any_io_executor; anything exposing an executor converts to it.
class executor {
 public:
  executor() noexcept = default;
  template <typename Executor>
  executor(const Executor& /*other*/) noexcept {}
};

namespace this_thread {
inline executor get_executor() noexcept { return executor(); }
inline void set_executor(executor /*exec*/) noexcept {}
}  // namespace this_thread

}  // namespace boost::cobalt
