//===--- WorkerSignals.cpp - Workers die with the parent ------------------===//

#include "WorkerSignals.h"
#include "llvm/Support/Signals.h"
#include <atomic>
#include <csignal>
#include <iterator>
#include <sys/prctl.h>
#include <unistd.h>

namespace corolint {

namespace {

constexpr int ForwardedSignals[] = {SIGINT, SIGTERM, SIGHUP};

/// Read by the signal handler: lock-free slots, 0 when free.
std::atomic<pid_t> Workers[SignalForwarding::MaxWorkers];
struct sigaction Previous[std::size(ForwardedSignals)];

void forwardAndDie(int Signal) {
  for (std::atomic<pid_t> &Slot : Workers)
    if (pid_t Worker = Slot.load())
      ::kill(Worker, SIGKILL);
  // Removes the files registered with RemoveFileOnSignal (temporary files
  // of outputs being written); then corolint dies of the signal it got, on
  // return from this handler, whatever was installed before (LLVM's own
  // handler returns without dying when the signal was ignored at start).
  llvm::sys::RunInterruptHandlers();
  ::signal(Signal, SIG_DFL);
  ::raise(Signal);
}

} // namespace

SignalForwarding::SignalForwarding() {
  struct sigaction Forward = {};
  Forward.sa_handler = forwardAndDie;
  sigemptyset(&Forward.sa_mask);
  for (size_t Index = 0; Index < std::size(ForwardedSignals); ++Index)
    ::sigaction(ForwardedSignals[Index], &Forward, &Previous[Index]);
}

SignalForwarding::~SignalForwarding() {
  for (size_t Index = 0; Index < std::size(ForwardedSignals); ++Index)
    ::sigaction(ForwardedSignals[Index], &Previous[Index], nullptr);
}

bool SignalForwarding::add(pid_t Worker) {
  for (std::atomic<pid_t> &Slot : Workers) {
    pid_t Free = 0;
    if (Slot.compare_exchange_strong(Free, Worker))
      return true;
  }
  return false;
}

void SignalForwarding::remove(pid_t Worker) {
  for (std::atomic<pid_t> &Slot : Workers) {
    pid_t Expected = Worker;
    if (Slot.compare_exchange_strong(Expected, 0))
      return;
  }
}

bool dieWithParent(pid_t Parent) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  // The parent may have died before the request took effect.
  return ::getppid() == Parent;
}

} // namespace corolint
