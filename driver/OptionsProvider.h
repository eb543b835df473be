//===--- OptionsProvider.h - Options as clang-tidy users expect them -*- C++
//-*-===//

#ifndef COROLINT_DRIVER_OPTIONSPROVIDER_H
#define COROLINT_DRIVER_OPTIONSPROVIDER_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/Error.h"
#include <optional>

namespace corolint {

/// What the command line says about options; unset means "not given".
struct CommandLineOptions {
  std::optional<std::string> Checks;
  std::optional<std::string> WarningsAsErrors;
  std::optional<std::string> HeaderFilter;
  std::optional<bool> SystemHeaders;
  /// Colours in the findings; unset: the config's UseColor, else whether
  /// the findings go to a terminal.
  std::optional<bool> UseColor;
  std::string Config;     ///< --config: inline YAML.
  std::string ConfigFile; ///< --config-file: a path.
  /// --knowledge files, added to the KnowledgeFiles option of the config.
  std::vector<std::string> KnowledgeFiles;
  /// --third-party-headers: the ThirdPartyHeaders option of every check
  /// (empty: no header is third-party).
  std::optional<std::string> ThirdPartyHeaders;
};

/// The checks corolint runs when nothing says otherwise.
inline constexpr llvm::StringLiteral DefaultChecks = "-*,coro-*";

/// Options exactly as clang-tidy resolves them: defaults, then --config or
/// --config-file or the .clang-tidy files above each source, then the
/// command-line flags. An unreadable or malformed config is an error.
llvm::Expected<std::unique_ptr<clang::tidy::ClangTidyOptionsProvider>>
createOptionsProvider(const CommandLineOptions &CommandLine,
                      llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS);

/// An error naming the first ThirdPartyHeaders value, global or a check's,
/// that the options of \p File give and that is not a regular expression,
/// with where it was set.
llvm::Error validateThirdPartyHeadersOptions(
    clang::tidy::ClangTidyOptionsProvider &Provider, llvm::StringRef File);

/// Reads every .clang-tidy file clang-tidy would read for \p Files (the
/// nearest above each, and its parents' while InheritParentConfig says so):
/// clang-tidy skips a malformed one with a warning per file, corolint
/// stops with an error naming it.
llvm::Error validateConfigFiles(llvm::ArrayRef<std::string> Files,
                                llvm::vfs::FileSystem &FS);

} // namespace corolint

#endif // COROLINT_DRIVER_OPTIONSPROVIDER_H
