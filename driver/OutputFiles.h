//===--- OutputFiles.h - Writing reports where they belong ------*- C++ -*-===//
//
// --output=FILE and the report formats: a file is written under a temporary
// name and renamed over the target only when complete, so an interrupted run
// never leaves half a report; and clang-tidy's printing, which goes to
// stdout, can be sent to such a file or discarded.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_OUTPUTFILES_H
#define COROLINT_DRIVER_OUTPUTFILES_H

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Error.h"

namespace corolint {

/// A file being written: a temporary file beside the target, renamed over it
/// by commit(), removed if never committed.
class PendingFile {
public:
  static llvm::Expected<std::unique_ptr<PendingFile>>
  create(llvm::StringRef Target);
  ~PendingFile();
  int fd() const { return FD; }
  llvm::Error commit();

private:
  PendingFile() = default;
  std::string Target;
  llvm::SmallString<128> Temporary;
  int FD = -1;
  bool Committed = false;
};

/// While alive, whatever is written to stdout (llvm::outs()) goes to \p FD.
class StdoutRedirect {
public:
  explicit StdoutRedirect(int FD);
  ~StdoutRedirect();

private:
  int Saved = -1;
};

} // namespace corolint

#endif // COROLINT_DRIVER_OUTPUTFILES_H
