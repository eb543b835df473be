//===--- OutputFiles.cpp - Writing files whole or not at all --------------===//

#include "OutputFiles.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace corolint {

namespace {

std::error_code lastError() {
  return std::error_code(errno, std::generic_category());
}

/// fsync()s the directory \p Path, so that a rename in it survives a crash.
/// Best effort: some file systems refuse it, and the data is written anyway.
void syncDirectory(llvm::StringRef Path) {
  int FD = ::open(Path.str().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (FD < 0)
    return;
  ::fsync(FD);
  ::close(FD);
}

/// Creates a new file beside \p Target (same directory, so that renaming it
/// over the target is atomic). Not llvm::sys::fs::createUniqueFile: it would
/// read a '%' in the target's path as a placeholder.
std::error_code createBeside(llvm::StringRef Target, int &FD,
                             llvm::SmallString<128> &Temporary) {
  for (int Attempt = 0; Attempt < 128; ++Attempt) {
    Temporary = Target;
    Temporary += ".corolint-tmp-";
    Temporary += llvm::utohexstr(llvm::sys::Process::GetRandomNumber(), true);
    FD = ::open(Temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                0666);
    if (FD >= 0)
      return {};
    if (errno != EEXIST)
      break;
  }
  std::error_code EC = lastError();
  Temporary.clear();
  return EC;
}

} // namespace

llvm::Expected<std::string> followSymlinks(llvm::StringRef Path) {
  std::string Current = Path.str();
  // As the kernel does: a chain of more than 40 links is a loop.
  for (int Hop = 0; Hop <= 40; ++Hop) {
    struct stat Status;
    if (::lstat(Current.c_str(), &Status) != 0 || !S_ISLNK(Status.st_mode))
      return Current;
    llvm::SmallString<256> Link;
    Link.resize(4096);
    ssize_t Length = ::readlink(Current.c_str(), Link.data(), Link.size());
    if (Length < 0)
      return llvm::createStringError(lastError(), "cannot read the link '%s'",
                                     Current.c_str());
    Link.resize(Length);
    if (!llvm::sys::path::is_absolute(Link)) {
      llvm::SmallString<256> Resolved(llvm::sys::path::parent_path(Current));
      llvm::sys::path::append(Resolved, Link);
      Link = Resolved;
    }
    Current = std::string(Link);
  }
  return llvm::createStringError(
      std::make_error_code(std::errc::too_many_symbolic_link_levels),
      "cannot write '%s': too many levels of "
      "symbolic links",
      Path.str().c_str());
}

llvm::Expected<std::unique_ptr<PendingFile>>
PendingFile::create(llvm::StringRef Requested) {
  std::unique_ptr<PendingFile> File(new PendingFile());
  if (Requested == "-") {
    File->Target = "<stdout>";
    File->FD = STDOUT_FILENO;
    return std::move(File);
  }
  File->Target = Requested.str();
  struct stat Existing;
  bool Exists = ::stat(File->Target.c_str(), &Existing) == 0;
  if (Exists && S_ISDIR(Existing.st_mode))
    return File->error("cannot write",
                       std::make_error_code(std::errc::is_a_directory));
  if (Exists && !S_ISREG(Existing.st_mode)) {
    // A device, a FIFO or a socket, maybe behind a link such as
    // /dev/stdout: what is written is consumed, never stored, so there is
    // nothing to replace.
    File->FD = ::open(File->Target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (File->FD < 0)
      return File->error("cannot write", lastError());
    File->OwnsFD = true;
    return std::move(File);
  }
  auto Target = followSymlinks(Requested);
  if (!Target)
    return Target.takeError();
  File->Target = std::move(*Target);

  if (std::error_code EC =
          createBeside(File->Target, File->FD, File->Temporary))
    return File->error("cannot write", EC);
  File->OwnsFD = true;
  llvm::sys::RemoveFileOnSignal(File->Temporary);
  // The replacement keeps the replaced file's permissions and, where
  // allowed, its owner.
  if (Exists) {
    ::fchmod(File->FD, Existing.st_mode & 07777);
    if (::fchown(File->FD, Existing.st_uid, Existing.st_gid) != 0) {
      // Not permitted for an unprivileged user: the new file is theirs.
    }
  }
  return std::move(File);
}

PendingFile::~PendingFile() {
  if (OwnsFD && FD >= 0)
    ::close(FD);
  if (!Committed && !Temporary.empty()) {
    llvm::sys::fs::remove(Temporary);
    llvm::sys::DontRemoveFileOnSignal(Temporary);
  }
}

llvm::Error PendingFile::error(llvm::StringRef Doing,
                               std::error_code EC) const {
  return llvm::createStringError(EC, "%s '%s': %s", Doing.str().c_str(),
                                 Target.c_str(), EC.message().c_str());
}

void PendingFile::failed(std::error_code EC) {
  if (!FirstError)
    FirstError = EC;
}

std::error_code writeAll(int FD, llvm::StringRef Bytes) {
  while (!Bytes.empty()) {
    ssize_t Written = ::write(FD, Bytes.data(), Bytes.size());
    if (Written < 0 && errno == EINTR)
      continue;
    if (Written < 0)
      return lastError();
    if (Written == 0)
      return std::make_error_code(std::errc::io_error);
    Bytes = Bytes.drop_front(Written);
  }
  return {};
}

std::optional<std::string> readAll(int FD) {
  std::string Text;
  char Chunk[65536];
  while (true) {
    ssize_t Read = ::read(FD, Chunk, sizeof(Chunk));
    if (Read < 0 && errno == EINTR)
      continue;
    if (Read < 0)
      return std::nullopt;
    if (Read == 0)
      return Text;
    Text.append(Chunk, Read);
  }
}

llvm::Error PendingFile::write(llvm::StringRef Bytes) {
  if (!FirstError)
    failed(writeAll(FD, Bytes));
  return FirstError ? error("cannot write", FirstError)
                    : llvm::Error::success();
}

llvm::Error PendingFile::commit() {
  if (FirstError)
    return error("cannot write", FirstError);
  if (!OwnsFD)
    return llvm::Error::success(); // Standard output.
  int Closing = FD;
  FD = -1;
  // A full disk may only show at fsync or close (delayed allocation, NFS).
  if (!Temporary.empty() && ::fsync(Closing) != 0 && errno != EINVAL) {
    std::error_code EC = lastError();
    ::close(Closing);
    return error("cannot write", EC);
  }
  if (::close(Closing) != 0)
    return error("cannot write", lastError());
  if (Temporary.empty())
    return llvm::Error::success();
  if (std::error_code EC = llvm::sys::fs::rename(Temporary, Target))
    return error("cannot replace", EC);
  Committed = true;
  llvm::sys::DontRemoveFileOnSignal(Temporary);
  syncDirectory(llvm::sys::path::parent_path(Target).empty()
                    ? "."
                    : llvm::sys::path::parent_path(Target));
  return llvm::Error::success();
}

llvm::Error writeWholeFile(llvm::StringRef Target, llvm::StringRef Contents) {
  auto File = PendingFile::create(Target);
  if (!File)
    return File.takeError();
  if (llvm::Error E = (*File)->write(Contents))
    return E;
  return (*File)->commit();
}

StdoutRedirect::StdoutRedirect(int FD) {
  llvm::outs().flush();
  Saved = ::dup(STDOUT_FILENO);
  ::dup2(FD, STDOUT_FILENO);
}

std::error_code StdoutRedirect::restore() {
  if (Saved < 0)
    return {};
  llvm::outs().flush();
  std::error_code EC = llvm::outs().error();
  llvm::outs().clear_error();
  ::dup2(Saved, STDOUT_FILENO);
  ::close(Saved);
  Saved = -1;
  return EC;
}

} // namespace corolint
