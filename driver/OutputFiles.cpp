//===--- OutputFiles.cpp - Writing reports where they belong --------------===//

#include "OutputFiles.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <unistd.h>

namespace corolint {

llvm::Expected<std::unique_ptr<PendingFile>>
PendingFile::create(llvm::StringRef Target) {
  std::unique_ptr<PendingFile> File(new PendingFile());
  File->Target = Target.str();
  llvm::SmallString<128> Model(Target);
  Model += ".tmp-%%%%%%";
  if (std::error_code EC =
          llvm::sys::fs::createUniqueFile(Model, File->FD, File->Temporary))
    return llvm::createStringError(EC, "cannot write '%s': %s",
                                   Target.str().c_str(), EC.message().c_str());
  return std::move(File);
}

PendingFile::~PendingFile() {
  if (FD >= 0)
    ::close(FD);
  if (!Committed && !Temporary.empty())
    llvm::sys::fs::remove(Temporary);
}

llvm::Error PendingFile::commit() {
  if (FD >= 0 && ::close(FD) != 0)
    return llvm::createStringError(
        std::error_code(errno, std::generic_category()), "cannot write '%s'",
        Target.c_str());
  FD = -1;
  if (std::error_code EC = llvm::sys::fs::rename(Temporary, Target))
    return llvm::createStringError(EC, "cannot write '%s': %s", Target.c_str(),
                                   EC.message().c_str());
  Committed = true;
  return llvm::Error::success();
}

StdoutRedirect::StdoutRedirect(int FD) {
  llvm::outs().flush();
  Saved = ::dup(STDOUT_FILENO);
  ::dup2(FD, STDOUT_FILENO);
}

StdoutRedirect::~StdoutRedirect() {
  llvm::outs().flush();
  if (Saved >= 0) {
    ::dup2(Saved, STDOUT_FILENO);
    ::close(Saved);
  }
}

} // namespace corolint
