// Mock of cppcoro for corolint's tests: only the names and shapes the tests need.
#pragma once

namespace cppcoro::detail {
// Stands in for the result of a void awaitable (e.g. in when_all's tuple), as in cppcoro.
struct void_value {};
}  // namespace cppcoro::detail
