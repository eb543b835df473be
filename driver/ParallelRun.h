//===--- ParallelRun.h - Linting many files in worker processes -*- C++ -*-===//
//
// corolint -p build/ lints each file of the database in a worker process of
// its own, N at a time: a crash, a hang or a parse error in one file is
// reported with the file's name and the others go on. The parent merges what
// the workers found (FixMerging.h) and prints and fixes it all through
// clang-tidy, as a single run would.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_PARALLELRUN_H
#define COROLINT_DRIVER_PARALLELRUN_H

#include "ResultCache.h"
#include "TidyRunner.h"
#include "WorkerReport.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include <string>
#include <vector>

namespace corolint {

/// How the parent shows progress on stderr.
enum class ProgressStyle {
  None,    ///< Nothing: not a terminal, or --quiet.
  Line,    ///< One line, rewritten as files finish (a terminal only).
  PerFile, ///< One line per finished file (--verbose).
};

struct WorkerSetup {
  /// The corolint executable, run once per file.
  std::string Executable;
  /// The options every worker gets, before its file.
  std::vector<std::string> Options;
  /// The compile command after `--`, when one was given.
  std::optional<std::vector<std::string>> CompileArgs;
  unsigned Jobs = 1;
  /// A worker that runs longer is killed; 0 waits for ever.
  unsigned TimeoutSeconds = 0;
  ProgressStyle Progress = ProgressStyle::None;
  /// Keep the fixes of files that did not parse (--fix-errors).
  bool FixFilesWithErrors = false;
  /// --cache-dir: a file's report is looked up before a worker is started,
  /// and stored when its worker ends normally; CacheKeys[I] is Files[I]'s.
  ResultCache *Cache = nullptr;
  std::vector<CacheKey> CacheKeys;
};

/// A file whose worker did not finish normally.
struct FailedFile {
  std::string File;
  std::string Why;
};

struct ParallelResult {
  /// What all workers found, not yet merged.
  RunResult Run;
  std::vector<FailedFile> Failures;
  /// How many files' reports came from the result cache.
  unsigned FromCache = 0;
};

/// Lints \p Files, one worker process each, \p Setup.Jobs at a time.
ParallelResult runInWorkers(const WorkerSetup &Setup,
                            llvm::ArrayRef<std::string> Files);

/// A worker's exit status, from what its run found.
int workerExitCode(const RunResult &Run);

/// Adds to \p Into what a worker for \p File reported, with the exit code
/// \p ExitCode (a normal one: ExitClean, ExitFindingAsError, ExitUsage or
/// ExitParseFailure). Files that did not parse lose their fixes unless
/// \p FixFilesWithErrors. Returns how many findings the report had.
unsigned addWorkerReport(RunResult &Into, WorkerReport Report, int ExitCode,
                         llvm::StringRef File, bool FixFilesWithErrors);

/// Whether a report with \p ExitCode may be cached: the file parsed and its
/// configuration was accepted.
bool isCacheableExit(int ExitCode);

} // namespace corolint

#endif // COROLINT_DRIVER_PARALLELRUN_H
