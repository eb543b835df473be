// Mock of Boost.Cobalt for corolint's tests: only the names and shapes the tests need.
#pragma once

#include <boost/cobalt/promise.hpp>
#include <boost/cobalt/run.hpp>
#include <boost/cobalt/spawn.hpp>
#include <boost/cobalt/task.hpp>
#include <boost/cobalt/this_thread.hpp>
