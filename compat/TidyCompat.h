//===--- TidyCompat.h - clang-tidy APIs that differ across LLVMs -*- C++
//-*-===//
//
// The driver builds against clang-tidy's library of LLVM 19 or LLVM 22. Where
// that library's API differs between them, the driver calls one of these
// helpers instead of testing the version itself, so every difference lives
// here (and in AstCompat.h for Clang's AST).
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_COMPAT_TIDYCOMPAT_H
#define COROLINT_COMPAT_TIDYCOMPAT_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/StringSet.h"
#include <memory>
#include <string>
#include <vector>

namespace clang {
class DiagnosticConsumer;
class DiagnosticsEngine;
namespace tidy {
class ClangTidyContext;
} // namespace tidy
} // namespace clang

namespace corolint::compat {

// corolint never enables the static analyzer's alpha checkers, nor clang-tidy
// 22's experimental custom (query-based) checks.

/// The checks \p Options enables, as clang-tidy lists them.
std::vector<std::string>
enabledCheckNames(const clang::tidy::ClangTidyOptions &Options);

/// Every option of every check \p Options enables, at its value (defaults
/// included), as clang-tidy's --dump-config shows them.
clang::tidy::ClangTidyOptions::OptionMap
enabledCheckOptions(const clang::tidy::ClangTidyOptions &Options);

/// Every registered check and every option any of them reads.
struct RegisteredChecks {
  llvm::StringSet<> Checks;
  llvm::StringSet<> Options;
};
RegisteredChecks registeredChecks();

/// A diagnostics engine that reports to a consumer, installed as a
/// ClangTidyContext's engine for as long as this object lives. (LLVM 22's
/// engine borrows its DiagnosticOptions, which the context then owns.)
class ContextDiagnostics {
public:
  ContextDiagnostics(clang::tidy::ClangTidyContext &Context,
                     clang::DiagnosticConsumer &Consumer);
  ~ContextDiagnostics();
  ContextDiagnostics(const ContextDiagnostics &) = delete;
  ContextDiagnostics &operator=(const ContextDiagnostics &) = delete;

private:
  std::unique_ptr<clang::DiagnosticsEngine> Engine;
};

} // namespace corolint::compat

#endif // COROLINT_COMPAT_TIDYCOMPAT_H
