// Mock of libcoro for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <coro/io_scheduler.hpp>
#include <coro/scheduler.hpp>
#include <coro/sync_wait.hpp>
#include <coro/task.hpp>
#include <coro/thread_pool.hpp>
#include <coro/when_all.hpp>
