//===--- LineFilter.h - Only the findings on changed lines ------*- C++ -*-===//
//
// For pull requests: --line-filter takes clang-tidy's JSON
// ([{"name":"src/x.cpp","lines":[[10,20]]},{"name":"y.h"}], a file without
// lines meaning all of it), --diff=<git ref> makes the same from `git diff
// -U0 <ref>`: the added and changed lines of each file. A finding is kept
// when it, or one of its notes (a helper's blocking call, say), is on such a
// line; unlike clang-tidy's filter, which looks at the finding's line only.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_LINEFILTER_H
#define COROLINT_DRIVER_LINEFILTER_H

#include "DiagnosticPaths.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/Error.h"
#include <vector>

namespace corolint {

class LineFilter {
public:
  /// clang-tidy's --line-filter JSON. File names match a path's end, as in
  /// clang-tidy.
  static llvm::Expected<LineFilter> fromJson(llvm::StringRef Json);

  /// The lines `git diff -U0 <Ref>` adds or changes, run in the current
  /// directory's repository; paths absolute.
  static llvm::Expected<LineFilter> fromGitDiff(llvm::StringRef Ref);

  /// Whether \p Error, or one of its notes, is on a selected line.
  bool selects(const clang::tidy::ClangTidyError &Error);

  /// The files the filter names (for --diff: what to lint).
  std::vector<std::string> files() const;

private:
  bool selects(const clang::tooling::DiagnosticMessage &Message,
               llvm::StringRef BuildDirectory);

  std::vector<clang::tidy::FileFilter> Files;
  SourceTexts Texts;
};

} // namespace corolint

#endif // COROLINT_DRIVER_LINEFILTER_H
