//===--- RecordingConsumer.h - A worker's diagnostic consumer ---*- C++ -*-===//
//
// The diagnostic consumer of a worker: clang-tidy's, with two things taken
// before it decides: every corolint finding before NOLINT applies
// (--report-unused-nolint, UnusedNolint.h), and the cross-file candidates
// (CrossFileLink.h), which are no findings until the link says so.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_RECORDINGCONSUMER_H
#define COROLINT_DRIVER_RECORDINGCONSUMER_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/FileSystem/UniqueID.h"
#include "llvm/Support/Regex.h"
#include <map>
#include <string>
#include <vector>

namespace corolint {

/// A finding as a check reported it, before NOLINT.
struct RawFinding {
  std::string Check;
  llvm::sys::fs::UniqueID File;
  unsigned Line;
};

/// clang-tidy's consumer, recording every corolint finding first, and taking
/// the cross-file candidates (CrossFileLink.h) aside: they are not findings
/// yet, so they must not count as shown or suppressed ones, nor be merged
/// with another check's equal diagnostic. A candidate that NOLINT or the
/// header filter would hide says so; the link counts it if it is a finding.
class RecordingDiagnosticConsumer
    : public clang::tidy::ClangTidyDiagnosticConsumer {
public:
  /// Records only when \p Record (--report-unused-nolint); otherwise it is
  /// clang-tidy's consumer.
  RecordingDiagnosticConsumer(clang::tidy::ClangTidyContext &Context,
                              bool GetFixesFromNotes, bool Record)
      : ClangTidyDiagnosticConsumer(Context, nullptr, true, GetFixesFromNotes),
        Context(Context), Record(Record) {}

  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override;

  std::vector<RawFinding> Recorded;
  /// The candidates that are shown if they become findings.
  std::vector<clang::tidy::ClangTidyError> Candidates;

private:
  /// Whether the candidate \p Info is taken aside (and kept in Candidates
  /// unless hidden).
  bool takeCandidate(clang::DiagnosticsEngine::Level Level,
                     const clang::Diagnostic &Info);
  /// Records a finding of \p Check at \p Info (--report-unused-nolint).
  void recordFinding(std::string Check, const clang::Diagnostic &Info);
  /// Whether clang-tidy shows a finding at \p Loc: in the main file, or in a
  /// header its header filter selects (as ClangTidyDiagnosticConsumer
  /// decides, which it keeps to itself).
  bool shownByHeaderFilter(clang::SourceLocation Loc,
                           const clang::SourceManager &SM);
  /// The compiled \p Pattern, compiled once.
  const llvm::Regex &regex(const std::string &Pattern);

  clang::tidy::ClangTidyContext &Context;
  const bool Record;
  std::map<std::string, llvm::Regex> Regexes;
};

} // namespace corolint

#endif // COROLINT_DRIVER_RECORDINGCONSUMER_H
