//===--- FixApplier.h - --fix, writing each file whole or not at all -*- C++
//-*-===//
//
// Applies the merged fixes (FixMerging.h) file by file. For each file:
//   1. it is locked (flock on the file itself, re-taken if the file was
//      replaced meanwhile), so that two corolint runs never fix it at once;
//   2. its text is read and must be byte for byte what was parsed
//      (ContentFingerprint.h); an edit made since, or a deletion, skips the
//      file with a message instead of shifting the fix;
//   3. the edits are made as clang-tidy makes them (clean-up and the
//      FormatStyle option) and the file is replaced whole (OutputFiles.h),
//      keeping its permissions, its owner and any symlink to it.
// The counts say what happened, not what was attempted.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_FIXAPPLIER_H
#define COROLINT_DRIVER_FIXAPPLIER_H

#include "ContentFingerprint.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include <string>
#include <vector>

namespace corolint {

struct FixOutcome {
  /// Findings with a fix, and those whose every edit was written.
  unsigned Suggested = 0;
  unsigned Applied = 0;
  /// A file left unfixed, and why: "'a.cpp' changed since it was parsed".
  std::vector<std::string> Skipped;
};

struct FixSettings {
  /// Apply a note's fix when the finding has none (clang-tidy's
  /// --fix-notes).
  bool FixNotes = false;
  /// How long to wait for another process's lock on a file.
  unsigned LockTimeoutSeconds = 60;
};

FixOutcome applyFixes(llvm::ArrayRef<clang::tidy::ClangTidyError> Errors,
                      const ParsedContents &Parsed,
                      clang::tidy::ClangTidyContext &Context,
                      const FixSettings &Settings);

} // namespace corolint

#endif // COROLINT_DRIVER_FIXAPPLIER_H
