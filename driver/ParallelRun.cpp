//===--- ParallelRun.cpp - Linting many files in worker processes ---------===//

#include "ParallelRun.h"
#include "ExitCodes.h"
#include "OutputFiles.h"
#include "WorkerReport.h"
#include "WorkerSignals.h"
#include "analysis/CrossFileSummaries.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace clang::tidy;

namespace corolint {

namespace {

using Clock = std::chrono::steady_clock;

/// A file in memory, for a worker's report or output: nothing on disk to
/// clean up, whatever happens, and no need for a writable TMPDIR.
class MemoryFile {
public:
  explicit MemoryFile(const char *Name) {
    int Created = ::memfd_create(Name, MFD_CLOEXEC);
    if (Created < 0)
      return;
    // Above the descriptors a worker's file actions set up (0 to 3).
    FD = ::fcntl(Created, F_DUPFD_CLOEXEC, 10);
    ::close(Created);
  }
  ~MemoryFile() {
    if (FD >= 0)
      ::close(FD);
  }
  MemoryFile(const MemoryFile &) = delete;
  MemoryFile &operator=(const MemoryFile &) = delete;
  int fd() const { return FD; }

  /// Everything written to it (by the worker, whose writes moved the
  /// shared offset: it is rewound first).
  std::string contents() const {
    if (::lseek(FD, 0, SEEK_SET) != 0)
      return "";
    return readAll(FD).value_or("");
  }

private:
  int FD = -1;
};

struct Worker {
  size_t Index;
  pid_t Pid = 0;
  Clock::time_point Started;
  MemoryFile Report{"corolint-report"};
  MemoryFile Output{"corolint-output"};
  /// The files the worker's parse read, for the result cache.
  std::optional<MemoryFile> ReadFiles;
  /// Why the result cache had no report for the file (--verbose).
  std::string CacheMiss;
};

/// How a worker ended, in words.
std::string describeStatus(int Status) {
  if (WIFSIGNALED(Status)) {
    int Signal = WTERMSIG(Status);
    const char *Name = ::sigabbrev_np(Signal);
    return "killed by signal " + std::to_string(Signal) +
           (Name ? " (SIG" + std::string(Name) + ")" : "");
  }
  return "exit status " + std::to_string(WEXITSTATUS(Status));
}

/// What a worker printed that says why it failed: after a crash, Clang's
/// account of what it was doing ("Stack dump:" up to the first frame, which
/// names the file and line being parsed), else its last lines.
std::string outputTail(llvm::StringRef Output) {
  llvm::SmallVector<llvm::StringRef> Lines;
  Output.rtrim().split(Lines, '\n');
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
  WorkerPool(const WorkerSetup &Setup, llvm::ArrayRef<std::string> Files)
      : Setup(Setup), Files(Files) {}

  ParallelResult run() {
    SignalForwarding Forwarding;
    size_t Next = 0;
    while (Next < Files.size() || !Running.empty()) {
      unsigned Jobs = std::clamp(Setup.Jobs, 1U, SignalForwarding::MaxWorkers);
      while (Running.size() < Jobs && Next < Files.size())
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
    std::string CacheMiss;
    if (Setup.Cache) {
      Clock::time_point Began = Clock::now();
      ResultCache::Lookup Found = Setup.Cache->lookup(Setup.CacheKeys[Index]);
      if (Found.Hit && replay(Index, *Found.Hit, Began))
        return;
      CacheMiss = Found.Hit ? "its cached report is malformed" : Found.Miss;
    }
    auto Started = std::make_unique<Worker>();
    Started->Index = Index;
    Started->CacheMiss = std::move(CacheMiss);
    if (Setup.Cache)
      Started->ReadFiles.emplace("corolint-read-files");
    if (Started->Report.fd() < 0 || Started->Output.fd() < 0 ||
        (Started->ReadFiles && Started->ReadFiles->fd() < 0)) {
      fail(Index, "cannot start a worker: no in-memory file (memfd_create: " +
                      std::string(::strerror(errno)) + ")");
      return;
    }
    std::vector<std::string> Args{Setup.Executable};
    Args.insert(Args.end(), Setup.Options.begin(), Setup.Options.end());
    Args.push_back("--worker-report-fd=3");
    if (Started->ReadFiles)
      Args.push_back("--worker-read-files-fd=4");
    Args.push_back("--worker-parent=" + std::to_string(::getpid()));
    Args.push_back(Files[Index]);
    if (Setup.CompileArgs) {
      Args.push_back("--");
      Args.insert(Args.end(), Setup.CompileArgs->begin(),
                  Setup.CompileArgs->end());
    }
    std::vector<char *> Argv;
    for (std::string &Arg : Args)
      Argv.push_back(Arg.data());
    Argv.push_back(nullptr);

    posix_spawn_file_actions_t Actions;
    posix_spawn_file_actions_init(&Actions);
    posix_spawn_file_actions_addopen(&Actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&Actions, Started->Output.fd(), 1);
    posix_spawn_file_actions_adddup2(&Actions, Started->Output.fd(), 2);
    posix_spawn_file_actions_adddup2(&Actions, Started->Report.fd(), 3);
    if (Started->ReadFiles)
      posix_spawn_file_actions_adddup2(&Actions, Started->ReadFiles->fd(), 4);
    int Error = ::posix_spawn(&Started->Pid, Setup.Executable.c_str(), &Actions,
                              nullptr, Argv.data(), environ);
    posix_spawn_file_actions_destroy(&Actions);
    Started->Started = Clock::now();
    if (Error != 0) {
      fail(Index, "cannot start a worker: " + std::string(::strerror(Error)));
      return;
    }
    SignalForwarding::add(Started->Pid);
    Running.push_back(std::move(Started));
  }

  /// Collects the workers that ended or ran out of time; whether any did.
  bool reapFinished() {
    bool Any = false;
    for (auto It = Running.begin(); It != Running.end();) {
      Worker &W = **It;
      int Status = 0;
      pid_t Done = ::waitpid(W.Pid, &Status, WNOHANG);
      if (Done == 0 && Setup.TimeoutSeconds &&
          Clock::now() - W.Started >
              std::chrono::seconds(Setup.TimeoutSeconds)) {
        ::kill(W.Pid, SIGKILL);
        while (::waitpid(W.Pid, &Status, 0) < 0 && errno == EINTR) {
        }
        fail(W.Index, "timed out after " +
                          std::to_string(Setup.TimeoutSeconds) +
                          " s (--timeout-per-file); the worker was stopped");
      } else if (Done == 0 || (Done < 0 && errno == EINTR)) {
        ++It;
        continue;
      } else {
        collect(W, Done < 0 ? -1 : Status);
      }
      SignalForwarding::remove(W.Pid);
      It = Running.erase(It);
      Any = true;
    }
    return Any;
  }

  void collect(Worker &W, int Status) {
    int Code = Status >= 0 && WIFEXITED(Status) ? WEXITSTATUS(Status) : -1;
    bool Normal = Code == ExitClean || Code == ExitFindingAsError ||
                  Code == ExitUsage || Code == ExitParseFailure;
    std::string Output = W.Output.contents();
    if (!Normal) {
      fail(W.Index,
           "the worker crashed (" +
               (Status < 0 ? std::string("lost") : describeStatus(Status)) +
               ")\n" + outputTail(Output));
      return;
    }
    std::string Bytes = W.Report.contents();
    auto Report = parseWorkerReport(Bytes);
    if (!Report) {
      fail(W.Index,
           llvm::toString(Report.takeError()) + "\n" + outputTail(Output));
      return;
    }
    unsigned Findings =
        addWorkerReport(Result.Run, std::move(*Report), Code, Files[W.Index],
                        Setup.FixFilesWithErrors);
    // The report's bytes as the worker wrote them, whatever they hold.
    if (Setup.Cache && W.ReadFiles && isCacheableExit(Code))
      Setup.Cache->store(Setup.CacheKeys[W.Index], Code,
                         W.ReadFiles->contents(), Bytes);
    double Seconds =
        std::chrono::duration<double>(Clock::now() - W.Started).count();
    std::string Detail = llvm::formatv("{0:f1} s", Seconds).str();
    if (Setup.Cache)
      Detail += " (linted: " + W.CacheMiss + ")";
    progress(W.Index, Findings, Detail);
  }

  /// Takes \p Index's report from the cache, as if its worker had handed it
  /// over; false if the report is malformed (the file is linted instead).
  bool replay(size_t Index, const CachedReport &Cached,
              Clock::time_point Began) {
    auto Report = parseWorkerReport(Cached.Report);
    if (!Report) {
      llvm::consumeError(Report.takeError());
      return false;
    }
    unsigned Findings =
        addWorkerReport(Result.Run, std::move(*Report), Cached.ExitCode,
                        Files[Index], Setup.FixFilesWithErrors);
    ++Result.FromCache;
    double Seconds =
        std::chrono::duration<double>(Clock::now() - Began).count();
    progress(Index, Findings,
             llvm::formatv("{0:f1} s (cached)", Seconds).str());
    return true;
  }

  void fail(size_t Index, std::string Why) {
    Result.Failures.push_back({Files[Index], std::move(Why)});
    ++Finished;
    if (Setup.Progress == ProgressStyle::PerFile)
      llvm::errs() << "[" << Finished << "/" << Files.size() << "] "
                   << Files[Index] << ": failed\n";
  }

  void progress(size_t Index, unsigned Findings, llvm::StringRef Detail) {
    ++Finished;
    const std::string &File = Files[Index];
    if (Setup.Progress == ProgressStyle::Line) {
      llvm::errs() << "\r\033[K[" << Finished << "/" << Files.size() << "] "
                   << File;
      llvm::errs().flush();
    } else if (Setup.Progress == ProgressStyle::PerFile) {
      llvm::errs() << "[" << Finished << "/" << Files.size() << "] " << File
                   << ": " << Findings << " finding"
                   << (Findings == 1 ? "" : "s") << ", " << Detail << "\n";
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
  std::vector<std::unique_ptr<Worker>> Running;
  size_t Finished = 0;
  ParallelResult Result;
};

} // namespace

ParallelResult runInWorkers(const WorkerSetup &Setup,
                            llvm::ArrayRef<std::string> Files) {
  return WorkerPool(Setup, Files).run();
}

unsigned addWorkerReport(RunResult &Into, WorkerReport Report, int ExitCode,
                         llvm::StringRef File, bool FixFilesWithErrors) {
  if (ExitCode == ExitParseFailure) {
    Into.ParseFailed = true;
    Into.FailedFiles.push_back(File.str());
    // As clang-tidy: code that did not compile is not fixed, unless
    // --fix-errors says so.
    if (!FixFilesWithErrors) {
      dropFixes(Report.Errors);
      Report.Parsed.clear();
    }
  }
  Into.ConfigError |= ExitCode == ExitUsage;
  Into.OtherError |= ExitCode == ExitFindingAsError;
  for (const auto &Entry : Report.Parsed)
    recordParsed(Into.Parsed, Entry.first(), Entry.second);
  addStats(Into.Stats, Report.Stats);
  // What code that did not compile says about itself is not followed.
  if (ExitCode != ExitParseFailure && !Report.CrossFileFacts.empty())
    Into.CrossFileFacts.push_back(std::move(Report.CrossFileFacts));
  unsigned Findings =
      llvm::count_if(Report.Errors, [](const ClangTidyError &Error) {
        return !crossfile::isCandidateMessage(Error.Message.Message);
      });
  for (ClangTidyError &Error : Report.Errors)
    Into.Errors.push_back(std::move(Error));
  return Findings;
}

bool isCacheableExit(int ExitCode) {
  return ExitCode == ExitClean || ExitCode == ExitFindingAsError;
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
