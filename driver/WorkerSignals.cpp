//===--- WorkerSignals.cpp - Workers die with the parent ------------------===//

#include "WorkerSignals.h"
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
  // LLVM's handler, installed before, removes the files registered with
  // RemoveFileOnSignal and re-raises the signal with its default action;
  // it runs when this handler returns, the signal being blocked until then.
  for (size_t Index = 0; Index < std::size(ForwardedSignals); ++Index)
    if (ForwardedSignals[Index] == Signal)
      ::sigaction(Signal, &Previous[Index], nullptr);
  ::raise(Signal);
}

} // namespace

SignalForwarding::SignalForwarding() {
  struct sigaction Forward = {};
  Forward.sa_handler = forwardAndDie;
  sigemptyset(&Forward.sa_mask);
  for (size_t Index = 0; Index < std::size(ForwardedSignals); ++Index) {
    ::sigaction(ForwardedSignals[Index], &Forward, &Previous[Index]);
    // A signal the parent was started ignoring (nohup, a background job)
    // stays ignored, by the workers too.
    if (Previous[Index].sa_handler == SIG_IGN)
      ::sigaction(ForwardedSignals[Index], &Previous[Index], nullptr);
  }
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
