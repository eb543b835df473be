//===--- WorkerSignals.h - Workers die with the parent ----------*- C++ -*-===//
//
// A worker process must never outlive the corolint run that started it:
//   - SIGINT, SIGTERM and SIGHUP sent to the parent are passed on: the
//     parent kills its workers, removes its own temporary files and dies of
//     the signal it got (as clang does, even if it was started ignoring it);
//   - if the parent dies without a chance to do so (SIGKILL, a crash), each
//     worker gets SIGKILL from the kernel (PR_SET_PDEATHSIG).
// A worker's report and output live in memory (memfd), so nothing is left
// on disk either way.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_WORKERSIGNALS_H
#define COROLINT_DRIVER_WORKERSIGNALS_H

#include <sys/types.h>

namespace corolint {

/// While alive, signals that end the parent end the registered workers too.
class SignalForwarding {
public:
  SignalForwarding();
  ~SignalForwarding();
  SignalForwarding(const SignalForwarding &) = delete;
  SignalForwarding &operator=(const SignalForwarding &) = delete;

  /// Whether \p Worker could be registered (the table is bounded, so the
  /// caller runs no more workers than it holds; see MaxWorkers).
  static bool add(pid_t Worker);
  static void remove(pid_t Worker);
  static constexpr unsigned MaxWorkers = 1024;
};

/// In a worker: asks the kernel for SIGKILL when the parent dies, and
/// returns false if \p Parent is already gone (the worker must then exit).
bool dieWithParent(pid_t Parent);

} // namespace corolint

#endif // COROLINT_DRIVER_WORKERSIGNALS_H
