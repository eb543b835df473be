// Mock of Boost.Cobalt for corolint's tests: only the names and shapes the tests need.
// (Just the piece of Boost.Asio that spawn() callers use.)
#pragma once

namespace boost::asio {

class io_context {
 public:
  class executor_type {
   public:
    bool operator==(const executor_type&) const noexcept = default;
  };
  executor_type get_executor() noexcept { return {}; }
  unsigned long run() { return 0; }
  void stop() noexcept {}
};

}  // namespace boost::asio
