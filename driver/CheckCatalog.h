//===--- CheckCatalog.h - What each check is, for reports -------*- C++ -*-===//
//
// SARIF describes every rule a report uses: a name, a short and a full
// description, and a help page. These are the words of docs/checks/<check>.md
// and the README's check table, kept here once for the report writers.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_CHECKCATALOG_H
#define COROLINT_DRIVER_CHECKCATALOG_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace corolint {

struct CheckDescription {
  llvm::StringRef Id;       ///< `coro-blocking-call`
  llvm::StringRef Name;     ///< `CoroBlockingCall`, SARIF's readable name
  llvm::StringRef Short;    ///< One sentence.
  llvm::StringRef Full;     ///< A paragraph.
  bool HasHelpPage = false; ///< docs/checks/<Id>.md exists.
};

/// The description of check or diagnostic \p Id: a corolint check, or a
/// generic one for Clang's diagnostics and clang-tidy's own.
CheckDescription describeCheck(llvm::StringRef Id);

/// Where the help page of \p Id is, when it has one.
std::string helpUri(const CheckDescription &Check);

/// The page docs/checks/<Id>.md as built into corolint, if \p Id has one.
std::optional<llvm::StringRef> checkPage(llvm::StringRef Id);

/// The ids of the checks that have a page.
std::vector<llvm::StringRef> checksWithPages();

} // namespace corolint

#endif // COROLINT_DRIVER_CHECKCATALOG_H
