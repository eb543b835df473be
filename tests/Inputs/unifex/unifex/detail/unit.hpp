// Mock of unifex for corolint's tests: only the names and shapes the tests need.
#pragma once

namespace unifex {
// Value of a void-producing operation (e.g. sync_wait of task<void>).
struct unit {};
}  // namespace unifex
