//===--- ProjectCode.h - Which code is the project's own --------*- C++ -*-===//
//
// The checks judge the project's code and take what they know about everyone
// else's (system headers, and third-party libraries vendored under the
// project's own include paths: asio, fmt, a logger) from knowledge files.
// One predicate says which is which, for the checks' matchers, for the
// helpers they follow into, and for the driver, which skips the bodies of
// functions outside the project.
//
// Third-party headers are the files whose path matches the `ThirdPartyHeaders`
// option (a regular expression; read with getLocalOrGlobal, so one global
// setting serves all checks; empty: none). The path matched is the header's
// absolute path below the deepest directory it shares with the main file, so
// that a project checked out under `/src/external/` is still the project's. The
// driver's
// --third-party-headers sets it, as --knowledge sets KnowledgeFiles.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_PROJECTCODE_H
#define COROLINT_ANALYSIS_PROJECTCODE_H

#include "clang-tidy/ClangTidyOptions.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Error.h"
#include <string>

namespace corolint {

/// The CheckOption key of the third-party header regex.
inline constexpr llvm::StringLiteral ThirdPartyHeadersOption =
    "ThirdPartyHeaders";

/// Paths with a component `third_party`, `thirdparty`, `vendor`, `external`
/// or `_deps` (CMake's FetchContent).
inline constexpr llvm::StringLiteral DefaultThirdPartyHeaders =
    "(^|/)(third_party|thirdparty|vendor|external|_deps)/";

/// Whether \p Key is the ThirdPartyHeaders option, global
/// (`ThirdPartyHeaders`) or local to one check
/// (`coro-unawaited-task.ThirdPartyHeaders`).
bool isThirdPartyHeadersKey(llvm::StringRef Key);

/// The ThirdPartyHeaders value \p Check reads from \p CheckOptions: its own if
/// set, else the global one, else the default (as getLocalOrGlobal reads it).
std::string thirdPartyHeadersFor(
    const clang::tidy::ClangTidyOptions::OptionMap &CheckOptions,
    llvm::StringRef Check);

/// An error saying why \p Pattern is not a regular expression, if it is not.
llvm::Error validateThirdPartyHeaders(llvm::StringRef Pattern);

/// While it lives, \p Pattern marks third-party headers in the translation
/// unit of \p Sources. Each check registers its value before the unit is
/// parsed; when several checks disagree, a header is third-party only if
/// every registered pattern matches it (and none is empty).
class ThirdPartyRegistration {
public:
  ThirdPartyRegistration() = default;
  ThirdPartyRegistration(const ThirdPartyRegistration &) = delete;
  ThirdPartyRegistration &operator=(const ThirdPartyRegistration &) = delete;
  ~ThirdPartyRegistration() { reset(); }

  /// Registers \p Pattern (a valid regex, or empty) for \p Sources, dropping
  /// any earlier registration of this object.
  void registerFor(const clang::SourceManager &Sources,
                   llvm::StringRef Pattern);
  void reset();

private:
  const clang::SourceManager *Sources = nullptr;
  std::string Pattern;
};

/// Whether \p Loc (its expansion) is the project's code: not in a system
/// header and not in a third-party header. The main file always is. Memoised
/// per file of the translation unit.
bool isProjectLocation(clang::SourceLocation Loc,
                       const clang::SourceManager &Sources);

/// A declaration that begins in the project's code (isProjectLocation): what
/// `unless(isExpansionInSystemHeader())` said before third-party headers.
AST_MATCHER(clang::Decl, isInProjectCode) {
  return isProjectLocation(Node.getBeginLoc(),
                           Finder->getASTContext().getSourceManager());
}

} // namespace corolint

#endif // COROLINT_ANALYSIS_PROJECTCODE_H
