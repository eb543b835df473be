//===--- RunSummary.cpp - What a run did, in a few lines ------------------===//

#include "RunSummary.h"
#include "llvm/ADT/Twine.h"
#include <map>

namespace corolint {

namespace {

std::string counted(unsigned Count, llvm::StringRef One, llvm::StringRef Many) {
  return (llvm::Twine(Count) + " " + (Count == 1 ? One : Many)).str();
}

} // namespace

void printRunSummary(const RunSummary &Summary,
                     llvm::ArrayRef<clang::tidy::ClangTidyError> Shown,
                     llvm::raw_ostream &OS) {
  OS << "corolint: " << counted(Summary.FilesLinted, "file", "files")
     << " linted";
  if (Summary.FilesFromCache)
    OS << ", " << Summary.FilesFromCache << " of them from the cache";
  if (Summary.FilesFailed)
    OS << ", " << Summary.FilesFailed << " of them not completely (see above)";
  OS << "\n";

  std::map<std::string, unsigned> PerCheck;
  for (const clang::tidy::ClangTidyError &Error : Shown)
    ++PerCheck[Error.DiagnosticName];
  OS << "corolint: " << counted(Shown.size(), "finding", "findings");
  llvm::StringRef Separator = ": ";
  for (const auto &[Check, Count] : PerCheck) {
    OS << Separator << Count << " " << Check;
    Separator = ", ";
  }
  OS << "\n";

  std::vector<std::string> Hidden;
  if (unsigned Count = Summary.Stats.ErrorsIgnoredNonUserCode)
    Hidden.push_back(
        counted(Count, "in a header", "in headers") +
        " outside --header-filter, counted once per file including them "
        "(--header-filter='.*' shows them)");
  if (Summary.Baselined)
    Hidden.push_back(std::to_string(Summary.Baselined) +
                     " recorded in the baseline");
  if (unsigned Count = Summary.Stats.ErrorsIgnoredNOLINT)
    Hidden.push_back(std::to_string(Count) + " suppressed by NOLINT");
  if (unsigned Count =
          Summary.Stats.ErrorsIgnoredLineFilter + Summary.OutsideChangedLines)
    Hidden.push_back(std::to_string(Count) + " outside the changed lines");
  if (Hidden.empty())
    return;
  OS << "corolint: not shown:";
  Separator = " ";
  for (const std::string &Why : Hidden) {
    OS << Separator << Why;
    Separator = ", ";
  }
  OS << "\n";
}

} // namespace corolint
