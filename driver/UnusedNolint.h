//===--- UnusedNolint.h - NOLINT comments that silence nothing --*- C++ -*-===//
//
// --report-unused-nolint: a NOLINT, NOLINTNEXTLINE or NOLINTBEGIN comment
// that names a corolint check which reports nothing where the comment
// reaches is dead weight that hides the next real finding there. clang-tidy
// does not say which comment silenced what, so the consumer records every
// finding before NOLINT is applied, and a comment is used when one of them
// lands where it reaches, of a check it names. Only comments that name
// corolint checks (coro-*) that are enabled are judged: a bare NOLINT, or
// one naming other tools' checks, may be there for clang-tidy.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_UNUSEDNOLINT_H
#define COROLINT_DRIVER_UNUSEDNOLINT_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/FileSystem/UniqueID.h"
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

  clang::tidy::ClangTidyContext &Context;
  const bool Record;
};

/// The unused NOLINT comments of \p Text, the absolute file \p File, as
/// warnings named corolint-unused-nolint. \p EnabledChecks are the checks
/// that ran on it.
std::vector<clang::tidy::ClangTidyError>
unusedNolintComments(llvm::StringRef File, llvm::StringRef Text,
                     llvm::ArrayRef<RawFinding> Recorded,
                     llvm::ArrayRef<std::string> EnabledChecks);

} // namespace corolint

#endif // COROLINT_DRIVER_UNUSEDNOLINT_H
