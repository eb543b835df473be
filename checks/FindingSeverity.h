//===--- FindingSeverity.h - A check's findings: error, warning, off ----===//
//
// `CheckOptions: {coro-cpu-heavy-work.Severity: warning,
// coro-unawaited-task.Severity: error}`: as ESLint's rule levels, a check's
// findings are errors (the run fails, as with --warnings-as-errors), warnings
// (the default) or off (the check does not run). The checks read it
// themselves, so the driver and the clang-tidy plugin agree.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_CHECKS_FINDINGSEVERITY_H
#define COROLINT_CHECKS_FINDINGSEVERITY_H

#include "clang-tidy/ClangTidyCheck.h"

namespace corolint {

enum class FindingSeverity { Warning, Error, Off };

inline constexpr llvm::StringLiteral SeverityOption = "Severity";

} // namespace corolint

namespace clang::tidy {
template <> struct OptionEnumMapping<corolint::FindingSeverity> {
  static llvm::ArrayRef<std::pair<corolint::FindingSeverity, StringRef>>
  getEnumMapping() {
    static constexpr std::pair<corolint::FindingSeverity, StringRef> Mapping[] =
        {{corolint::FindingSeverity::Warning, "warning"},
         {corolint::FindingSeverity::Error, "error"},
         {corolint::FindingSeverity::Off, "off"}};
    return Mapping;
  }
};
} // namespace clang::tidy

#endif // COROLINT_CHECKS_FINDINGSEVERITY_H
