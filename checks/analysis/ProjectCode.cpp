//===--- ProjectCode.cpp - Which code is the project's own ----------------===//

#include "analysis/ProjectCode.h"
#include "analysis/GlobalOptions.h"
#include "clang/Basic/FileManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <mutex>

using namespace clang;

namespace corolint {

bool isThirdPartyHeadersKey(llvm::StringRef Key) {
  return isGlobalOrLocalKey(Key, ThirdPartyHeadersOption);
}

std::string thirdPartyHeadersFor(
    const clang::tidy::ClangTidyOptions::OptionMap &CheckOptions,
    llvm::StringRef Check) {
  return localOrGlobalValue(CheckOptions, Check, ThirdPartyHeadersOption,
                            DefaultThirdPartyHeaders);
}

llvm::Error validateThirdPartyHeaders(llvm::StringRef Pattern) {
  std::string Error;
  if (Pattern.empty() || llvm::Regex(Pattern).isValid(Error)) // Empty: off.
    return llvm::Error::success();
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(), "invalid %s regular expression '%s': %s",
      ThirdPartyHeadersOption.data(), Pattern.str().c_str(), Error.c_str());
}

namespace {

/// What one translation unit's checks registered, and the answers so far.
struct UnitPatterns {
  /// Registrations per distinct pattern.
  llvm::StringMap<unsigned> Users;
  std::vector<std::unique_ptr<llvm::Regex>> Regexes;
  /// Some check treats no header as third-party.
  bool AnyEmpty = false;
  llvm::DenseMap<FileID, bool> IsThirdParty;

  void compile() {
    Regexes.clear();
    IsThirdParty.clear();
    AnyEmpty = false;
    for (const auto &Entry : Users) {
      if (Entry.getKey().empty())
        AnyEmpty = true;
      else
        Regexes.push_back(std::make_unique<llvm::Regex>(Entry.getKey()));
    }
  }

  bool isThirdParty(llvm::StringRef Path) const {
    if (AnyEmpty || Regexes.empty())
      return false;
    for (const auto &Regex : Regexes)
      if (!Regex->match(Path))
        return false;
    return true;
  }
};

struct Registry {
  std::mutex Mutex;
  llvm::DenseMap<const SourceManager *, UnitPatterns> Units;
};

Registry &registry() {
  static Registry *R = new Registry; // Outlives every check.
  return *R;
}

} // namespace

void ThirdPartyRegistration::registerFor(const SourceManager &NewSources,
                                         llvm::StringRef NewPattern) {
  reset();
  Registry &R = registry();
  std::lock_guard<std::mutex> Lock(R.Mutex);
  UnitPatterns &Unit = R.Units[&NewSources];
  ++Unit.Users[NewPattern];
  Unit.compile();
  Sources = &NewSources;
  Pattern = NewPattern.str();
}

void ThirdPartyRegistration::reset() {
  if (!Sources)
    return;
  Registry &R = registry();
  std::lock_guard<std::mutex> Lock(R.Mutex);
  auto It = R.Units.find(Sources);
  if (It != R.Units.end()) {
    auto User = It->second.Users.find(Pattern);
    if (User != It->second.Users.end() && --User->second == 0)
      It->second.Users.erase(User);
    if (It->second.Users.empty())
      R.Units.erase(It);
    else
      It->second.compile();
  }
  Sources = nullptr;
  Pattern.clear();
}

/// Absolute, without `.` and `..`.
static std::string absolutePath(llvm::StringRef Name,
                                const SourceManager &Sources) {
  llvm::SmallString<256> Path(Name);
  Sources.getFileManager().makeAbsolutePath(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return std::string(Path);
}

/// \p File's path below the deepest directory it shares with the main file
/// (the whole path, without its leading '/', when that is the root): a project
/// checked out under a directory named `vendor` or `external` is not
/// third-party for that.
static std::string pathBelowMainFile(FileID File,
                                     const SourceManager &Sources) {
  OptionalFileEntryRef Entry = Sources.getFileEntryRefForID(File);
  if (!Entry)
    return std::string();
  std::string Path = absolutePath(Entry->getName(), Sources);
  OptionalFileEntryRef Main =
      Sources.getFileEntryRefForID(Sources.getMainFileID());
  std::string MainPath = Main ? absolutePath(Main->getName(), Sources) : "";
  // The longest common prefix that ends at a '/'.
  size_t Shared = 0;
  for (size_t I = 0; I < Path.size() && I < MainPath.size(); ++I) {
    if (Path[I] != MainPath[I])
      break;
    if (Path[I] == '/')
      Shared = I + 1;
  }
  return Path.substr(Shared);
}

bool isProjectLocation(SourceLocation Loc, const SourceManager &Sources) {
  if (Loc.isInvalid())
    return true;
  SourceLocation Expansion = Sources.getExpansionLoc(Loc);
  if (Sources.isInSystemHeader(Expansion))
    return false;
  FileID File = Sources.getFileID(Expansion);
  if (File == Sources.getMainFileID())
    return true;
  Registry &R = registry();
  std::lock_guard<std::mutex> Lock(R.Mutex);
  auto Unit = R.Units.find(&Sources);
  if (Unit == R.Units.end())
    return true;
  auto [It, Inserted] = Unit->second.IsThirdParty.try_emplace(File, false);
  if (Inserted)
    It->second = Unit->second.isThirdParty(pathBelowMainFile(File, Sources));
  return !It->second;
}

} // namespace corolint
