//===--- CompilationDatabase.h - Where compile commands come from -*- C++
//-*-===//

#ifndef COROLINT_DRIVER_COMPILATIONDATABASE_H
#define COROLINT_DRIVER_COMPILATIONDATABASE_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <memory>

namespace corolint {

struct DatabaseRequest {
  std::string BuildPath;                ///< -p
  std::vector<std::string> SourceFiles; ///< positional arguments
  /// The arguments after `--`, if `--` was given.
  std::unique_ptr<clang::tooling::CompilationDatabase> FixedCommands;
  std::vector<std::string> ExtraArgs;       ///< --extra-arg
  std::vector<std::string> ExtraArgsBefore; ///< --extra-arg-before
};

/// The compile commands for a run, as clang-tidy finds them: the arguments
/// after `--`; else compile_commands.json in the -p directory; else one found
/// above the first source file; else no flags at all (with a warning).
/// --extra-arg(-before) are added to every command.
llvm::Expected<std::unique_ptr<clang::tooling::CompilationDatabase>>
loadCompilations(DatabaseRequest &Request);

} // namespace corolint

#endif // COROLINT_DRIVER_COMPILATIONDATABASE_H
