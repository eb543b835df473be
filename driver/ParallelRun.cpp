//===--- ParallelRun.cpp - Linting many files in worker processes ---------===//

#include "ParallelRun.h"
#include "ExitCodes.h"
#include "WorkerReport.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <csignal>
#include <thread>

using namespace clang::tidy;

namespace corolint {

namespace {

using Clock = std::chrono::steady_clock;

/// Temporary files that remove themselves.
class TempFile {
public:
  explicit TempFile(llvm::StringRef Suffix) {
    if (llvm::sys::fs::createTemporaryFile("corolint-worker", Suffix, Path))
      Path.clear();
  }
  ~TempFile() {
    if (!Path.empty())
      llvm::sys::fs::remove(Path);
  }
  TempFile(TempFile &&Other) : Path(std::move(Other.Path)) {
    Other.Path.clear();
  }
  llvm::StringRef path() const { return Path; }

private:
  llvm::SmallString<128> Path;
};

struct Worker {
  size_t Index;
  llvm::sys::ProcessInfo Process;
  Clock::time_point Started;
  TempFile Report{"yaml"};
  TempFile Output{"log"};
};

/// What a worker printed that says why it failed: after a crash, Clang's
/// account of what it was doing ("Stack dump:" up to the first frame, which
/// names the file and line being parsed), else its last lines.
std::string outputTail(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return "";
  llvm::SmallVector<llvm::StringRef> Lines;
  (*Buffer)->getBuffer().rtrim().split(Lines, '\n');
  size_t From = Lines.size() > 12 ? Lines.size() - 12 : 0;
  size_t To = Lines.size();
  for (size_t Index = 0; Index < Lines.size(); ++Index)
    if (Lines[Index].starts_with("Stack dump:")) {
      From = Index;
      To = Index;
      while (To < Lines.size() && !Lines[To].ltrim().starts_with("#0"))
        ++To;
      break;
    }
  std::string Tail;
  for (size_t Index = From; Index < To && Index < From + 12; ++Index)
    Tail += "  | " + Lines[Index].str() + "\n";
  return Tail;
}

class WorkerPool {
public:
  WorkerPool(const WorkerSetup &Setup, llvm::ArrayRef<std::string> Files,
             ClangTidyContext &Context)
      : Setup(Setup), Files(Files), Context(Context) {}

  ParallelResult run() {
    size_t Next = 0;
    while (Next < Files.size() || !Running.empty()) {
      while (Running.size() < std::max(1U, Setup.Jobs) && Next < Files.size())
        launch(Next++);
      if (!reapFinished())
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (Setup.Progress == ProgressStyle::Line)
      llvm::errs() << "\r\033[K";
    finish();
    return std::move(Result);
  }

private:
  void launch(size_t Index) {
    auto Started = std::make_unique<Worker>();
    Started->Index = Index;
    std::vector<llvm::StringRef> Args{Setup.Executable};
    for (const std::string &Option : Setup.Options)
      Args.push_back(Option);
    std::string ReportOption =
        "--worker-report=" + Started->Report.path().str();
    Args.push_back(ReportOption);
    Args.push_back(Files[Index]);
    if (Setup.CompileArgs) {
      Args.push_back("--");
      for (const std::string &Arg : *Setup.CompileArgs)
        Args.push_back(Arg);
    }
    std::optional<llvm::StringRef> Redirects[] = {
        llvm::StringRef(""), Started->Output.path(), Started->Output.path()};
    std::string Error;
    bool Failed = false;
    Started->Process = llvm::sys::ExecuteNoWait(
        Setup.Executable, Args, std::nullopt, Redirects, 0, &Error, &Failed);
    Started->Started = Clock::now();
    if (Failed) {
      fail(Index, "cannot start a worker: " + Error);
      return;
    }
    Running.push_back(std::move(Started));
  }

  /// Collects the workers that ended or ran out of time; whether any did.
  bool reapFinished() {
    bool Any = false;
    for (auto It = Running.begin(); It != Running.end();) {
      Worker &W = **It;
      std::string Error;
      llvm::sys::ProcessInfo Done =
          llvm::sys::Wait(W.Process, /*SecondsToWait=*/0, &Error);
      if (Done.Pid == 0 && Setup.TimeoutSeconds &&
          Clock::now() - W.Started >
              std::chrono::seconds(Setup.TimeoutSeconds)) {
        ::kill(W.Process.Pid, SIGKILL);
        llvm::sys::Wait(W.Process, std::nullopt, &Error);
        fail(W.Index, "timed out after " +
                          std::to_string(Setup.TimeoutSeconds) +
                          " s (--timeout-per-file); the worker was stopped");
      } else if (Done.Pid == 0) {
        ++It;
        continue;
      } else {
        collect(W, Done.ReturnCode, Error);
      }
      It = Running.erase(It);
      Any = true;
    }
    return Any;
  }

  void collect(Worker &W, int Status, const std::string &WaitError) {
    bool Normal = Status == ExitClean || Status == ExitFindingAsError ||
                  Status == ExitUsage || Status == ExitParseFailure;
    if (!Normal) {
      fail(W.Index,
           "the worker crashed (" +
               (WaitError.empty() ? "exit status " + std::to_string(Status)
                                  : WaitError) +
               ")\n" + outputTail(W.Output.path()));
      return;
    }
    auto Errors = readWorkerReport(W.Report.path(), Context);
    if (!Errors) {
      fail(W.Index, llvm::toString(Errors.takeError()) + "\n" +
                        outputTail(W.Output.path()));
      return;
    }
    Result.Run.ParseFailed |= Status == ExitParseFailure;
    Result.Run.ConfigError |= Status == ExitUsage;
    Result.Run.OtherError |= Status == ExitFindingAsError;
    unsigned Findings = Errors->size();
    for (ClangTidyError &Error : *Errors)
      Result.Run.Errors.push_back(std::move(Error));
    progress(W, Findings);
  }

  void fail(size_t Index, std::string Why) {
    Result.Failures.push_back({Files[Index], std::move(Why)});
    ++Finished;
    if (Setup.Progress == ProgressStyle::PerFile)
      llvm::errs() << "[" << Finished << "/" << Files.size() << "] "
                   << Files[Index] << ": failed\n";
  }

  void progress(const Worker &W, unsigned Findings) {
    ++Finished;
    const std::string &File = Files[W.Index];
    if (Setup.Progress == ProgressStyle::Line) {
      llvm::errs() << "\r\033[K[" << Finished << "/" << Files.size() << "] "
                   << File;
      llvm::errs().flush();
    } else if (Setup.Progress == ProgressStyle::PerFile) {
      double Seconds =
          std::chrono::duration<double>(Clock::now() - W.Started).count();
      llvm::errs() << "[" << Finished << "/" << Files.size() << "] " << File
                   << ": " << Findings << " finding"
                   << (Findings == 1 ? "" : "s") << ", "
                   << llvm::format("%.1f", Seconds) << " s\n";
    }
  }

  /// Workers finish in any order; the report does not depend on it (the
  /// findings are sorted when merged, see FixMerging.h).
  void finish() {
    llvm::sort(Result.Failures, [](const FailedFile &A, const FailedFile &B) {
      return A.File < B.File;
    });
  }

  const WorkerSetup &Setup;
  llvm::ArrayRef<std::string> Files;
  ClangTidyContext &Context;
  std::vector<std::unique_ptr<Worker>> Running;
  size_t Finished = 0;
  ParallelResult Result;
};

} // namespace

ParallelResult runInWorkers(const WorkerSetup &Setup,
                            llvm::ArrayRef<std::string> Files,
                            ClangTidyContext &Context) {
  return WorkerPool(Setup, Files, Context).run();
}

int workerExitCode(const RunResult &Run) {
  if (Run.ConfigError)
    return ExitUsage;
  if (Run.ParseFailed)
    return ExitParseFailure;
  if (Run.OtherError)
    return ExitFindingAsError;
  return ExitClean;
}

} // namespace corolint
