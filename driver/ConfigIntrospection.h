//===--- ConfigIntrospection.h - What the configuration says ----*- C++ -*-===//
//
// As clang-tidy has them: --dump-config (the configuration in effect for a
// file, every check option with its value), --verify-config (misspelt check
// and option names, and values a check does not take, each named with where
// it was set), --explain-config (where each enabled check and each option
// was set), and --list-checks with what each check finds and its page.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_CONFIGINTROSPECTION_H
#define COROLINT_DRIVER_CONFIGINTROSPECTION_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace corolint {

void dumpConfig(clang::tidy::ClangTidyOptionsProvider &Provider,
                llvm::StringRef File, llvm::raw_ostream &OS);

/// The configuration's problems for \p File, each a sentence; none when it
/// is right. Only corolint's own names are judged: a .clang-tidy shared with
/// clang-tidy names other tools' checks and options, which are not errors.
std::vector<std::string>
verifyConfig(clang::tidy::ClangTidyOptionsProvider &Provider,
             llvm::StringRef File);

void explainConfig(clang::tidy::ClangTidyOptionsProvider &Provider,
                   llvm::StringRef File,
                   llvm::ArrayRef<std::string> EnabledChecks,
                   llvm::raw_ostream &OS);

void listChecks(llvm::ArrayRef<std::string> EnabledChecks,
                llvm::raw_ostream &OS);

/// \p Message, a configuration diagnostic about an option, with where that
/// option was set for \p File: "... (set in <source>)".
std::string withOptionSource(llvm::StringRef Message,
                             clang::tidy::ClangTidyOptionsProvider &Provider,
                             llvm::StringRef File);

/// The known name closest to \p Name, if one is close enough to be a typo.
std::optional<std::string> closestName(llvm::StringRef Name,
                                       llvm::ArrayRef<std::string> Known);

} // namespace corolint

#endif // COROLINT_DRIVER_CONFIGINTROSPECTION_H
