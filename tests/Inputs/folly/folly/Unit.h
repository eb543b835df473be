// Mock of folly for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <type_traits>

namespace folly {

// Stands in for `void` in futures: Task<void>::semi() gives SemiFuture<Unit>.
struct Unit {
  constexpr bool operator==(const Unit&) const noexcept { return true; }
};
inline constexpr Unit unit{};

template <typename T>
using lift_unit_t = std::conditional_t<std::is_void_v<T>, Unit, T>;
template <typename T>
using drop_unit_t = std::conditional_t<std::is_same_v<T, Unit>, void, T>;

}  // namespace folly
