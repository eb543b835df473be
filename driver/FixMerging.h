//===--- FixMerging.h - One set of findings and fixes from many files -*- C++
//-*-===//
//
// Files linted apart report the same finding of a shared header once each,
// and fixes from different files may touch the same text. Before anything is
// printed, applied or exported, the findings are merged: a finding reported
// from several files is kept once; an identical edit offered by several
// findings is made once; edits that overlap and disagree are made by none of
// their findings, and each such conflict is reported by file and line. What
// --fix applies and --export-fixes writes is then the same set.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_FIXMERGING_H
#define COROLINT_DRIVER_FIXMERGING_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include <string>
#include <vector>

namespace corolint {

/// Two findings whose fixes overlap and disagree: neither fix is applied.
struct FixConflict {
  std::string File;
  unsigned Line = 0; ///< Of the first overlapping edit.
  /// What disagrees, naming the findings: "the fixes of 'coro-x' at a.h:3
  /// and 'coro-y' at a.h:3 overlap; neither is applied".
  std::string What;
};

/// Merges \p Errors in place (sorted by file and position, duplicates
/// removed, conflicting fixes dropped) and returns the conflicts.
std::vector<FixConflict>
mergeFindings(std::vector<clang::tidy::ClangTidyError> &Errors);

} // namespace corolint

#endif // COROLINT_DRIVER_FIXMERGING_H
