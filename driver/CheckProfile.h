//===--- CheckProfile.h - --enable-check-profile across workers -*- C++ -*-===//
//
// clang-tidy prints each check's time when a translation unit ends. With
// several files every worker would print its own table into output nobody
// sees; instead each stores its times as JSON (clang-tidy's
// --store-check-profile format) in a directory the parent made, and the
// parent prints one table with the times of all files added up.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_CHECKPROFILE_H
#define COROLINT_DRIVER_CHECKPROFILE_H

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <string>

namespace corolint {

/// A directory the workers store their profiles in; removed with its files
/// when destroyed.
class ProfileDirectory {
public:
  static llvm::Expected<ProfileDirectory> create();
  ProfileDirectory(ProfileDirectory &&Other) : Path(std::move(Other.Path)) {
    Other.Path.clear();
  }
  ~ProfileDirectory();

  llvm::StringRef path() const { return Path; }

  /// Prints the times of every stored profile, added up per check, as a
  /// table like clang-tidy's. Fails on a profile it cannot read.
  llvm::Error printTotals(llvm::raw_ostream &OS) const;

private:
  explicit ProfileDirectory(std::string Path) : Path(std::move(Path)) {}
  std::string Path;
};

} // namespace corolint

#endif // COROLINT_DRIVER_CHECKPROFILE_H
