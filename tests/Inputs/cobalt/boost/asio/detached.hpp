// Mock of Boost.Cobalt for corolint's tests: only the names and shapes the tests need.
// (Just the piece of Boost.Asio that spawn() callers use.)
#pragma once

namespace boost::asio {

class detached_t {
 public:
  constexpr detached_t() noexcept {}
};
inline constexpr detached_t detached;

}  // namespace boost::asio
