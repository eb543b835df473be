//===--- CheckProfile.cpp - --enable-check-profile across workers ---------===//

#include "CheckProfile.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <map>

namespace corolint {

namespace {

struct CheckTimes {
  double User = 0, System = 0, Wall = 0;
};

void printTime(llvm::raw_ostream &OS, double Seconds, double Total) {
  OS << llvm::format("  %8.4f (%5.1f%%)", Seconds,
                     Total > 0 ? 100 * Seconds / Total : 0.0);
}

} // namespace

llvm::Expected<ProfileDirectory> ProfileDirectory::create() {
  llvm::SmallString<256> Path;
  if (std::error_code EC =
          llvm::sys::fs::createUniqueDirectory("corolint-profile", Path))
    return llvm::createStringError(
        EC, "cannot make a directory for the check profiles: %s",
        EC.message().c_str());
  return ProfileDirectory(std::string(Path));
}

ProfileDirectory::~ProfileDirectory() {
  if (!Path.empty())
    llvm::sys::fs::remove_directories(Path);
}

llvm::Error ProfileDirectory::printTotals(llvm::raw_ostream &OS) const {
  std::map<std::string, CheckTimes> Checks;
  unsigned Files = 0;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Path, EC), End; It != End && !EC;
       It.increment(EC)) {
    auto Buffer = llvm::MemoryBuffer::getFile(It->path());
    if (!Buffer)
      continue;
    auto Parsed = llvm::json::parse((*Buffer)->getBuffer());
    if (!Parsed)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "a worker's check profile '%s' is "
                                     "malformed",
                                     It->path().c_str());
    const llvm::json::Object *Profile =
        Parsed->getAsObject() ? Parsed->getAsObject()->getObject("profile")
                              : nullptr;
    if (!Profile)
      continue;
    ++Files;
    // Keys read "time.clang-tidy.<check>.wall" (or .user, .sys).
    for (const auto &[Key, Value] : *Profile) {
      llvm::StringRef Name = Key;
      if (!Name.consume_front("time.clang-tidy."))
        continue;
      auto [Check, Kind] = Name.rsplit('.');
      double Seconds = Value.getAsNumber().value_or(0);
      CheckTimes &Times = Checks[Check.str()];
      if (Kind == "wall")
        Times.Wall += Seconds;
      else if (Kind == "user")
        Times.User += Seconds;
      else if (Kind == "sys")
        Times.System += Seconds;
    }
  }
  CheckTimes Total;
  for (const auto &[Check, Times] : Checks) {
    Total.User += Times.User;
    Total.System += Times.System;
    Total.Wall += Times.Wall;
  }
  OS << "===-------------------------------------------------------------"
        "------------===\n"
     << "           corolint checks profiling, " << Files << " file"
     << (Files == 1 ? "" : "s") << " added up\n"
     << "===-------------------------------------------------------------"
        "------------===\n"
     << llvm::format("  Total Execution Time: %.4f seconds (%.4f wall "
                     "clock)\n\n",
                     Total.User + Total.System, Total.Wall)
     << "   ---User Time---   --System Time--   --User+System--   ---Wall "
        "Time---  --- Name ---\n";
  auto Row = [&](const CheckTimes &Times, llvm::StringRef Name) {
    printTime(OS, Times.User, Total.User);
    printTime(OS, Times.System, Total.System);
    printTime(OS, Times.User + Times.System, Total.User + Total.System);
    printTime(OS, Times.Wall, Total.Wall);
    OS << "  " << Name << "\n";
  };
  for (const auto &[Check, Times] : Checks)
    Row(Times, Check);
  Row(Total, "Total");
  return llvm::Error::success();
}

} // namespace corolint
