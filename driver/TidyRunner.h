//===--- TidyRunner.h - Running the checks over translation units -*- C++
//-*-===//

#ifndef COROLINT_DRIVER_TIDYRUNNER_H
#define COROLINT_DRIVER_TIDYRUNNER_H

#include "ContentFingerprint.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace corolint {

struct RunSettings {
  /// Do not parse the bodies of functions declared in system headers or in
  /// third-party headers (ThirdPartyHeaders): the checks never look into them
  /// (their facts come from knowledge files).
  bool SkipSystemFunctionBodies = true;
  /// Collect fixes from notes too (clang-tidy's ApplyAnyFix).
  bool FixesFromNotes = false;
  bool EnableCheckProfile = false;
  /// No "N warnings generated." from the compiler (--quiet).
  bool Quiet = false;
  /// Report NOLINT comments naming corolint checks that silence nothing.
  bool ReportUnusedNolint = false;
  /// Passed as -resource-dir unless a compile command has its own.
  std::string ResourceDir;
  /// Fill RunResult::ReadFiles (for the result cache, ResultCache.h).
  bool RecordReadFiles = false;
  /// The files are linted by workers that export cross-file summaries and
  /// candidates (CrossFileLink.h): part of the result cache's key.
  bool ExportsCrossFile = false;
};

struct RunResult {
  std::vector<clang::tidy::ClangTidyError> Errors;
  /// Some file could not be read or parsed: a compiler error.
  bool ParseFailed = false;
  /// A check rejected its configuration (an error named clang-tidy-config).
  bool ConfigError = false;
  /// Another error-level diagnostic that is not a compiler error, such as an
  /// unmatched NOLINTBEGIN (clang-tidy-nolint).
  bool OtherError = false;
  /// What was parsed of each file that a fix edits.
  ParsedContents Parsed;
  /// The files that could not be parsed (named also when clang's error has
  /// no position, such as a missing file).
  std::vector<std::string> FailedFiles;
  /// What clang-tidy did not show: NOLINT, header filter, line filter.
  clang::tidy::ClangTidyStats Stats;
  /// What each file that parsed exports to the others (WorkerReport.h).
  std::vector<std::string> CrossFileFacts;
  /// Every file the translation units read (the main files too), by
  /// absolute path, when RunSettings::RecordReadFiles asks for them.
  ParsedContents ReadFiles;
};

/// Adds \p From's counts to \p Into.
void addStats(clang::tidy::ClangTidyStats &Into,
              const clang::tidy::ClangTidyStats &From);

/// The files the fixes of \p Error edit (its own fix and its notes'),
/// absolute.
std::vector<std::string> fixedFiles(const clang::tidy::ClangTidyError &Error);

/// Removes every fix of \p Errors, for files whose parse failed.
void dropFixes(std::vector<clang::tidy::ClangTidyError> &Errors);

/// \p File's compile commands as runChecks runs them (after corolint's
/// argument adjusters), as text: what the result cache's key takes.
std::string
adjustedCompileCommands(clang::tidy::ClangTidyContext &Context,
                        const clang::tooling::CompilationDatabase &Compilations,
                        llvm::StringRef File, const RunSettings &Settings);

/// Does what clang::tidy::runClangTidy does, with two additions: the
/// resource directory, and skipping system-header function bodies.
RunResult
runChecks(clang::tidy::ClangTidyContext &Context,
          const clang::tooling::CompilationDatabase &Compilations,
          llvm::ArrayRef<std::string> Files,
          llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS,
          const RunSettings &Settings);

} // namespace corolint

#endif // COROLINT_DRIVER_TIDYRUNNER_H
