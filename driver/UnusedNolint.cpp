//===--- UnusedNolint.cpp - NOLINT comments that silence nothing ----------===//

#include "UnusedNolint.h"
#include "NolintBlocks.h"
#include "clang-tidy/GlobList.h"
#include "llvm/Support/Path.h"

using namespace clang::tidy;

namespace corolint {

namespace {

/// The names of a directive's check list that are corolint's.
std::vector<std::string> corolintNames(llvm::StringRef List) {
  llvm::SmallVector<llvm::StringRef> Items;
  List.split(Items, ',', -1, /*KeepEmpty=*/false);
  std::vector<std::string> Names;
  for (llvm::StringRef Item : Items)
    if (Item.trim().starts_with("coro-"))
      Names.push_back(Item.trim().str());
  return Names;
}

unsigned lineAt(llvm::StringRef Text, size_t Offset) {
  return 1 + Text.take_front(Offset).count('\n');
}

} // namespace

std::vector<ClangTidyError>
unusedNolintComments(llvm::StringRef File, llvm::StringRef Text,
                     llvm::ArrayRef<RawFinding> Recorded,
                     llvm::ArrayRef<std::string> EnabledChecks) {
  llvm::sys::fs::UniqueID Id;
  if (llvm::sys::fs::getUniqueID(File, Id))
    return {};
  std::vector<const RawFinding *> Here;
  for (const RawFinding &Finding : Recorded)
    if (Finding.File == Id)
      Here.push_back(&Finding);

  std::vector<NolintDirective> Directives = nolintDirectives(Text);
  std::vector<ClangTidyError> Unused;
  for (size_t Index = 0; Index < Directives.size(); ++Index) {
    const NolintDirective &D = Directives[Index];
    if (D.Kind == NolintDirective::End || !D.Checks)
      continue;
    // The lines the directive reaches.
    unsigned First = lineAt(Text, D.Offset), Last = First;
    if (D.Kind == NolintDirective::NextLine)
      First = Last = First + 1;
    if (D.Kind == NolintDirective::Begin) {
      // To its NOLINTEND (the first with the same list after it); an
      // unmatched one is reported as such already.
      auto End = std::find_if(Directives.begin() + Index + 1, Directives.end(),
                              [&](const NolintDirective &Other) {
                                return Other.Kind == NolintDirective::End &&
                                       Other.Checks == D.Checks;
                              });
      if (End == Directives.end())
        continue;
      Last = lineAt(Text, End->Offset);
    }
    for (const std::string &Name : corolintNames(*D.Checks)) {
      CachedGlobList Glob(Name);
      bool Enabled = llvm::any_of(EnabledChecks, [&](const std::string &C) {
        return Glob.contains(C);
      });
      if (!Enabled)
        continue; // Not run here: nothing to judge it by.
      bool Used = llvm::any_of(Here, [&](const RawFinding *Finding) {
        return Finding->Line >= First && Finding->Line <= Last &&
               Glob.contains(Finding->Check);
      });
      if (Used)
        continue;
      ClangTidyError Error("corolint-unused-nolint", ClangTidyError::Warning,
                           llvm::sys::path::parent_path(File).str(),
                           /*IsWarningAsError=*/false);
      Error.Message.Message =
          "'" + Name + "' in this " +
          (D.Kind == NolintDirective::Line       ? "NOLINT"
           : D.Kind == NolintDirective::NextLine ? "NOLINTNEXTLINE"
                                                 : "NOLINTBEGIN") +
          " comment suppresses nothing: the check reports no finding " +
          (D.Kind == NolintDirective::Line       ? "on its line"
           : D.Kind == NolintDirective::NextLine ? "on the next line"
                                                 : "in the block") +
          "; remove it";
      Error.Message.FilePath = File.str();
      Error.Message.FileOffset = D.Offset;
      Unused.push_back(std::move(Error));
    }
  }
  return Unused;
}

} // namespace corolint
