//===--- OutputFiles.h - Writing files whole or not at all ------*- C++ -*-===//
//
// Every file corolint writes (reports, baselines, exported fixes, fixed
// sources) goes through PendingFile, which makes a failure cost nothing:
//   - a regular file (or a new one) is written under a temporary name in its
//     own directory, every write checked, then fsync'd, closed and renamed
//     over the target; on any failure the temporary file is removed and the
//     target is untouched;
//   - a symlink is followed: its target is replaced and the link kept;
//   - a device or FIFO (/dev/null, a pipe) is written directly, never
//     replaced by a regular file;
//   - "-" is standard output.
// Temporary files are removed on SIGINT/SIGTERM too (RemoveFileOnSignal).
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_OUTPUTFILES_H
#define COROLINT_DRIVER_OUTPUTFILES_H

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include <optional>

namespace corolint {

/// A file being written; see the file comment.
class PendingFile {
public:
  /// Starts writing \p Target. A replaced file keeps its permissions (and
  /// its owner, where allowed); a new one gets 0666 less the umask.
  static llvm::Expected<std::unique_ptr<PendingFile>>
  create(llvm::StringRef Target);
  ~PendingFile();
  PendingFile(const PendingFile &) = delete;
  PendingFile &operator=(const PendingFile &) = delete;

  /// Where the bytes go now (the temporary file, the device, or stdout).
  int fd() const { return FD; }
  /// The file that is replaced: \p Target with its symlinks followed.
  llvm::StringRef target() const { return Target; }
  /// Writes all of \p Bytes, or fails naming the target.
  llvm::Error write(llvm::StringRef Bytes);
  /// Records a failure of a write made through fd() by someone else (such
  /// as clang-tidy's printing): commit() then fails with it.
  void failed(std::error_code EC);
  /// Makes the new contents the target's, durably; or fails, leaving the
  /// target as it was.
  llvm::Error commit();

private:
  PendingFile() = default;
  llvm::Error error(llvm::StringRef Doing, std::error_code EC) const;

  std::string Target;
  llvm::SmallString<128> Temporary; ///< Empty when written directly.
  int FD = -1;
  bool OwnsFD = false;
  bool Committed = false;
  std::error_code FirstError;
};

/// Writes all of \p Bytes to \p FD, retrying short and interrupted writes.
std::error_code writeAll(int FD, llvm::StringRef Bytes);

/// Reads \p FD from where it stands to its end, retrying interrupted reads;
/// nothing on an error (errno says which).
std::optional<std::string> readAll(int FD);

/// Writes \p Contents as the whole of \p Target, through PendingFile.
llvm::Error writeWholeFile(llvm::StringRef Target, llvm::StringRef Contents);

/// \p Path with every symlink in its last component followed (relative
/// links against their own directory); \p Path itself when it is not a
/// link. Fails on a loop.
llvm::Expected<std::string> followSymlinks(llvm::StringRef Path);

/// While alive, whatever is written to stdout (llvm::outs()) goes to \p FD.
class StdoutRedirect {
public:
  explicit StdoutRedirect(int FD);
  ~StdoutRedirect() { restore(); }
  /// Points stdout back where it was; returns the first error met writing
  /// llvm::outs() while redirected (which is then cleared, so that LLVM does
  /// not abort on it at exit).
  std::error_code restore();

private:
  int Saved = -1;
};

} // namespace corolint

#endif // COROLINT_DRIVER_OUTPUTFILES_H
