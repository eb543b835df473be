//===--- FixApplier.cpp - --fix, writing each file whole or not at all ----===//

#include "FixApplier.h"
#include "DiagnosticPaths.h"
#include "OutputFiles.h"
#include "clang/Format/Format.h"
#include "clang/Tooling/Core/Replacement.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/raw_ostream.h"
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace clang;
using namespace clang::tidy;

namespace corolint {

namespace {

/// The edits of one file, and the findings they come from.
struct FileEdits {
  tooling::Replacements Replacements;
  std::vector<size_t> Findings;
};

/// An open, locked file whose path still names it.
class LockedFile {
public:
  ~LockedFile() {
    if (FD >= 0)
      ::close(FD); // Releases the lock.
  }

  /// Opens and locks \p Path; an empty string on success, else why not.
  std::string open(const std::string &Path, unsigned TimeoutSeconds) {
    auto Deadline =
        std::chrono::steady_clock::now() + std::chrono::seconds(TimeoutSeconds);
    while (true) {
      FD = ::open(Path.c_str(), O_RDONLY | O_CLOEXEC);
      if (FD < 0)
        return errno == ENOENT
                   ? "it was deleted since it was parsed"
                   : "cannot open it: " + std::string(::strerror(errno));
      for (bool Said = false; ::flock(FD, LOCK_EX | LOCK_NB) != 0;) {
        if (errno != EWOULDBLOCK && errno != EINTR)
          return "cannot lock it: " + std::string(::strerror(errno));
        if (!Said)
          llvm::errs() << "corolint: waiting for another process to release '"
                       << Path << "'\n";
        Said = true;
        if (std::chrono::steady_clock::now() > Deadline)
          return "another process kept it locked for " +
                 std::to_string(TimeoutSeconds) + " s";
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
      // Whoever held the lock may have replaced the file by a new one (that
      // is how files are fixed): lock the file the path names now.
      struct stat Locked, Named;
      if (::fstat(FD, &Locked) == 0 && ::stat(Path.c_str(), &Named) == 0 &&
          Locked.st_dev == Named.st_dev && Locked.st_ino == Named.st_ino)
        return "";
      ::close(FD);
      FD = -1;
    }
  }

  /// The whole text, read through the locked descriptor.
  std::optional<std::string> read() const { return readAll(FD); }

private:
  int FD = -1;
};

/// The new text of \p File, edited as clang-tidy edits it.
llvm::Expected<std::string> editedText(llvm::StringRef File,
                                       llvm::StringRef Code,
                                       const tooling::Replacements &Edits,
                                       ClangTidyContext &Context) {
  auto Style = format::getStyle(
      Context.getOptionsForFile(File).FormatStyle.value_or("none"), File,
      "none");
  if (!Style)
    return Style.takeError();
  auto Cleaned = format::cleanupAroundReplacements(Code, Edits, *Style);
  if (!Cleaned)
    return Cleaned.takeError();
  auto Formatted = format::formatReplacements(Code, *Cleaned, *Style);
  if (!Formatted)
    return Formatted.takeError();
  return tooling::applyAllReplacements(Code, *Formatted);
}

/// Fixes \p Path; an empty string on success, else why it was left alone.
std::string fixFile(const std::string &Path, const FileEdits &Edits,
                    const ParsedContents &Parsed, ClangTidyContext &Context,
                    const FixSettings &Settings) {
  auto Print = Parsed.find(Path);
  if (Print == Parsed.end())
    return "what was parsed of it is not known";
  if (Print->second.Unstable)
    return "it changed while corolint was running";
  // Fix the file a symlink names, and keep the link.
  auto Target = followSymlinks(Path);
  if (!Target)
    return llvm::toString(Target.takeError());
  LockedFile File;
  if (std::string Why = File.open(*Target, Settings.LockTimeoutSeconds);
      !Why.empty())
    return Why;
  std::optional<std::string> Code = File.read();
  if (!Code)
    return "cannot read it: " + std::string(::strerror(errno));
  if (!(ContentFingerprint::of(*Code) == Print->second))
    return "it changed since it was parsed; run corolint again";
  auto Text = editedText(Path, *Code, Edits.Replacements, Context);
  if (!Text)
    return "its edits cannot be made: " + llvm::toString(Text.takeError());
  if (llvm::Error E = writeWholeFile(*Target, *Text))
    return llvm::toString(std::move(E)) + "; the file was left as it was";
  return "";
}

} // namespace

FixOutcome applyFixes(llvm::ArrayRef<ClangTidyError> Errors,
                      const ParsedContents &Parsed, ClangTidyContext &Context,
                      const FixSettings &Settings) {
  FixOutcome Outcome;
  llvm::StringMap<FileEdits> Files;
  std::vector<bool> Failed(Errors.size(), false);
  for (size_t Index = 0; Index < Errors.size(); ++Index) {
    const ClangTidyError &Error = Errors[Index];
    const llvm::StringMap<tooling::Replacements> *Fix =
        getFixIt(Error, Settings.FixNotes);
    if (!Fix || Fix->empty())
      continue;
    ++Outcome.Suggested;
    // A finding's edits are made all together or not at all: they are
    // added to copies, kept only if none collides with an edit already
    // taken (merging dropped the overlaps; this is the last guard).
    llvm::StringMap<tooling::Replacements> Added;
    bool Collides = false;
    for (const auto &[Name, Replacements] : *Fix) {
      std::string Path = absoluteDiagnosticPath(Name, Error.BuildDirectory);
      auto [It, New] = Added.try_emplace(Path, Files.lookup(Path).Replacements);
      for (const tooling::Replacement &Replacement : Replacements)
        if (llvm::Error E = It->second.add(tooling::Replacement(
                Path, Replacement.getOffset(), Replacement.getLength(),
                Replacement.getReplacementText()))) {
          llvm::consumeError(std::move(E));
          Collides = true;
        }
    }
    if (Collides) {
      Failed[Index] = true;
      continue;
    }
    for (auto &[Path, Replacements] : Added) {
      FileEdits &Edits = Files[Path];
      Edits.Replacements = std::move(Replacements);
      Edits.Findings.push_back(Index);
    }
  }
  for (const auto &[Path, Edits] : Files) {
    std::string Why = fixFile(Path.str(), Edits, Parsed, Context, Settings);
    if (Why.empty())
      continue;
    Outcome.Skipped.push_back("'" + Path.str() + "': " + Why);
    for (size_t Index : Edits.Findings)
      Failed[Index] = true;
  }
  for (size_t Index = 0; Index < Errors.size(); ++Index) {
    const auto *Fix = getFixIt(Errors[Index], Settings.FixNotes);
    if (Fix && !Fix->empty() && !Failed[Index])
      ++Outcome.Applied;
  }
  return Outcome;
}

} // namespace corolint
