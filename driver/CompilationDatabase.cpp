//===--- CompilationDatabase.cpp - Where compile commands come from -------===//

#include "CompilationDatabase.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h" // ArgumentsAdjustingCompilations
#include "llvm/Support/raw_ostream.h"

using namespace clang::tooling;

namespace corolint {

llvm::Expected<std::unique_ptr<CompilationDatabase>>
loadCompilations(DatabaseRequest &Request) {
  std::unique_ptr<CompilationDatabase> Database;
  std::string Error;
  if (Request.FixedCommands) {
    Database = std::move(Request.FixedCommands);
  } else if (!Request.BuildPath.empty()) {
    Database =
        CompilationDatabase::autoDetectFromDirectory(Request.BuildPath, Error);
    if (!Database)
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          "cannot load a compilation database from '%s': %s",
          Request.BuildPath.c_str(), Error.c_str());
  } else if (!Request.SourceFiles.empty()) {
    Database = CompilationDatabase::autoDetectFromSource(
        Request.SourceFiles.front(), Error);
  }
  if (!Database) {
    if (Request.SourceFiles.empty())
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          "no input files: name source files, or a build directory with -p");
    llvm::errs() << "corolint: warning: no compilation database found for "
                 << Request.SourceFiles.front()
                 << "; linting with no compiler flags (pass them after "
                    "'--', or a build directory with -p)\n";
    Database = std::make_unique<FixedCompilationDatabase>(
        ".", std::vector<std::string>());
  }

  auto Adjusted =
      std::make_unique<ArgumentsAdjustingCompilations>(std::move(Database));
  if (!Request.ExtraArgsBefore.empty())
    Adjusted->appendArgumentsAdjuster(getInsertArgumentAdjuster(
        Request.ExtraArgsBefore, ArgumentInsertPosition::BEGIN));
  if (!Request.ExtraArgs.empty())
    Adjusted->appendArgumentsAdjuster(getInsertArgumentAdjuster(
        Request.ExtraArgs, ArgumentInsertPosition::END));
  return std::move(Adjusted);
}

} // namespace corolint
