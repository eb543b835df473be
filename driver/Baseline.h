//===--- Baseline.h - Adopting corolint on code with findings ---*- C++ -*-===//
//
// --write-baseline=FILE records today's findings; --baseline=FILE reports
// only the findings it does not record. A finding is matched by its check,
// its file (relative to the source root) and the normalised text of the line
// it flags, with its message: not by line number, so that edits elsewhere in
// the file do not bring recorded findings back, while an edit to the flagged
// line does.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_BASELINE_H
#define COROLINT_DRIVER_BASELINE_H

#include "FindingKey.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace corolint {

llvm::Error writeBaseline(llvm::StringRef Path, llvm::StringRef SourceRoot,
                          llvm::ArrayRef<clang::tidy::ClangTidyError> Errors);

struct BaselineMatch {
  unsigned Removed = 0;
  /// The recorded findings that matched none (fixed, or their line edited).
  std::vector<FindingKey> Unused;
};

/// Removes from \p Errors the findings \p Path records (each recorded
/// finding matches once).
llvm::Expected<BaselineMatch>
applyBaseline(llvm::StringRef Path, llvm::StringRef SourceRoot,
              std::vector<clang::tidy::ClangTidyError> &Errors);

} // namespace corolint

#endif // COROLINT_DRIVER_BASELINE_H
