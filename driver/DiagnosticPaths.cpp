//===--- DiagnosticPaths.cpp - Where a diagnostic's file is ---------------===//

#include "DiagnosticPaths.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

namespace corolint {

std::string absoluteDiagnosticPath(llvm::StringRef Path,
                                   llvm::StringRef BuildDirectory) {
  llvm::SmallString<256> Result(Path);
  if (!llvm::sys::path::is_absolute(Result)) {
    Result = BuildDirectory;
    llvm::sys::path::append(Result, Path);
  }
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

std::optional<std::string> relativeToRoot(llvm::StringRef Absolute,
                                          llvm::StringRef Root) {
  llvm::StringRef Rest = Absolute;
  if (Root.empty() || !Rest.consume_front(Root))
    return std::nullopt;
  if (!Root.ends_with("/") && !Rest.consume_front("/"))
    return std::nullopt;
  return Rest.str();
}

} // namespace corolint
