//===--- RunSummary.h - What a run did, in a few lines -----------*- C++
//-*-===//
//
// At the end of a run (unless --quiet), on stderr: how many files were
// linted and how many failed, the findings per check, and the findings that
// exist but are not shown, with why (a header outside --header-filter, the
// baseline, NOLINT, the line filter), so that nothing vanishes without a
// word.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_RUNSUMMARY_H
#define COROLINT_DRIVER_RUNSUMMARY_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/raw_ostream.h"

namespace corolint {

struct RunSummary {
  unsigned FilesLinted = 0;
  unsigned FilesFailed = 0;
  /// Of FilesLinted, those whose report came from --cache-dir.
  unsigned FilesFromCache = 0;
  /// From clang-tidy: NOLINT, header filter; counted per file that reported
  /// them (a header's finding once per file including it).
  clang::tidy::ClangTidyStats Stats;
  unsigned Baselined = 0;
  /// Findings not on a line --line-filter or --diff selects.
  unsigned OutsideChangedLines = 0;
};

/// Prints \p Summary and the findings per check of \p Shown.
void printRunSummary(const RunSummary &Summary,
                     llvm::ArrayRef<clang::tidy::ClangTidyError> Shown,
                     llvm::raw_ostream &OS);

} // namespace corolint

#endif // COROLINT_DRIVER_RUNSUMMARY_H
