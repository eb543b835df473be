//===--- GlobalOptions.h - Options every check reads alike ------*- C++ -*-===//
//
// Some options are set once for all checks and read with getLocalOrGlobal
// (KnowledgeFiles, SummaryFiles, ThirdPartyHeaders): the global key `Name`,
// or one check's own `<check>.Name`. The driver needs the same reading
// before any check exists (to validate, to key the result cache).
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_GLOBALOPTIONS_H
#define COROLINT_ANALYSIS_GLOBALOPTIONS_H

#include "clang-tidy/ClangTidyOptions.h"
#include <string>

namespace corolint {

/// Whether \p Key sets the option \p Name, globally or for one check.
inline bool isGlobalOrLocalKey(llvm::StringRef Key, llvm::StringRef Name) {
  return Key == Name || Key.ends_with(("." + Name).str());
}

/// The value \p Check reads for \p Name from \p CheckOptions, as
/// getLocalOrGlobal does: its own, else the global one, else \p Default.
inline std::string
localOrGlobalValue(const clang::tidy::ClangTidyOptions::OptionMap &CheckOptions,
                   llvm::StringRef Check, llvm::StringRef Name,
                   llvm::StringRef Default = "") {
  auto It = CheckOptions.find((Check + "." + Name).str());
  if (It == CheckOptions.end())
    It = CheckOptions.find(Name);
  return It == CheckOptions.end() ? Default.str() : It->second.Value;
}

} // namespace corolint

#endif // COROLINT_ANALYSIS_GLOBALOPTIONS_H
