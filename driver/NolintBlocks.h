//===--- NolintBlocks.h - Unmatched NOLINTBEGIN and NOLINTEND ---*- C++ -*-===//
//
// clang-tidy reports an unmatched NOLINTBEGIN or NOLINTEND only when some
// diagnostic lands in the file, so a file whose findings are all silenced
// (or that has none) passes with a broken block. corolint checks every file
// it lints, with clang-tidy's own rules and message, so that the exit code
// (1) does not depend on whether the file happened to have a finding.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_NOLINTBLOCKS_H
#define COROLINT_DRIVER_NOLINTBLOCKS_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include <optional>
#include <string>
#include <vector>

namespace corolint {

/// A NOLINT comment, as clang-tidy reads them: NOLINT (its line),
/// NOLINTNEXTLINE (the next line), NOLINTBEGIN and NOLINTEND (the lines
/// between them).
struct NolintDirective {
  enum Type { Line, NextLine, Begin, End };
  Type Kind;
  size_t Offset;
  /// The parenthesised check list; none means every check.
  std::optional<std::string> Checks;
};

/// Every NOLINT directive in \p Text, in order.
std::vector<NolintDirective> nolintDirectives(llvm::StringRef Text);

/// The errors (clang-tidy-nolint) for the unmatched NOLINTBEGIN and NOLINTEND
/// comments of \p Text, the contents of the absolute path \p File.
std::vector<clang::tidy::ClangTidyError>
unmatchedNolintBlocks(llvm::StringRef File, llvm::StringRef Text);

} // namespace corolint

#endif // COROLINT_DRIVER_NOLINTBLOCKS_H
