// Mock of folly for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <folly/experimental/coro/BlockingWait.h>
