//===--- ResourceDir.cpp - Finding Clang's builtin headers ----------------===//

#include "ResourceDir.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

namespace corolint {

static bool hasBuiltinHeaders(llvm::StringRef Dir) {
  llvm::SmallString<256> Header(Dir);
  llvm::sys::path::append(Header, "include", "stddef.h");
  return llvm::sys::fs::exists(Header);
}

std::optional<std::string> findResourceDir(const char *Argv0) {
  if (auto FromEnv = llvm::sys::Process::GetEnv("COROLINT_RESOURCE_DIR"))
    return hasBuiltinHeaders(*FromEnv) ? FromEnv : std::nullopt;

  static int AddressInThisBinary;
  std::string Executable =
      llvm::sys::fs::getMainExecutable(Argv0, &AddressInThisBinary);
  if (!Executable.empty()) {
    llvm::SmallString<256> Beside(
        llvm::sys::path::parent_path(llvm::sys::path::parent_path(Executable)));
    llvm::sys::path::append(Beside, "lib", "clang", COROLINT_CLANG_MAJOR);
    if (hasBuiltinHeaders(Beside))
      return std::string(Beside);
  }
  if (hasBuiltinHeaders(COROLINT_LLVM_RESOURCE_DIR))
    return std::string(COROLINT_LLVM_RESOURCE_DIR);
  return std::nullopt;
}

} // namespace corolint
