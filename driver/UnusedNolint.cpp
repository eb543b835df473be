//===--- UnusedNolint.cpp - NOLINT comments that silence nothing ----------===//

#include "UnusedNolint.h"
#include "NolintBlocks.h"
#include "analysis/CrossFileSummaries.h"
#include "clang-tidy/GlobList.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"

using namespace clang::tidy;

namespace corolint {

/// Whether clang-tidy shows a finding at \p Loc: in the main file, or in a
/// header its header filter selects (as ClangTidyDiagnosticConsumer decides).
static bool shownByHeaderFilter(clang::SourceLocation Loc,
                                const clang::SourceManager &SM,
                                const ClangTidyOptions &Options) {
  if (SM.isInMainFile(Loc))
    return true;
  if (!Options.SystemHeaders.value_or(false) &&
      (SM.isInSystemHeader(Loc) || SM.isInSystemMacro(Loc)))
    return false;
  clang::OptionalFileEntryRef File =
      SM.getFileEntryRefForID(SM.getDecomposedExpansionLoc(Loc).first);
  if (!File)
    return true;
  llvm::Regex Filter(Options.HeaderFilterRegex.value_or(""));
  llvm::Regex Exclude(Options.ExcludeHeaderFilterRegex.value_or(""));
  return Filter.match(File->getName()) &&
         !(Options.ExcludeHeaderFilterRegex &&
           !Options.ExcludeHeaderFilterRegex->empty() &&
           Exclude.match(File->getName()));
}

bool RecordingDiagnosticConsumer::takeCandidate(
    clang::DiagnosticsEngine::Level Level, const clang::Diagnostic &Info) {
  if (Level < clang::DiagnosticsEngine::Warning || !Info.hasSourceManager() ||
      Info.getLocation().isInvalid())
    return false;
  llvm::SmallString<256> Message;
  Info.FormatDiagnostic(Message);
  if (!crossfile::isCandidateMessage(Message))
    return false;
  const clang::SourceManager &SM = Info.getSourceManager();
  std::string Check = Context.getCheckName(Info.getID());
  // clang-tidy's diagnostics end in the check's name; its consumer drops it.
  llvm::StringRef Text = llvm::StringRef(Message).rtrim();
  Text.consume_back(" [" + Check + "]");
  std::optional<crossfile::Candidate> Call =
      crossfile::parseCandidateMessage(Text);
  if (!Call)
    return true;
  llvm::SmallVector<clang::tooling::Diagnostic, 1> NoLintErrors;
  if (Context.shouldSuppressDiagnostic(Level, Info, NoLintErrors)) {
    // Whether it would have been a finding is known only after the link:
    // the comment is taken as used rather than called unused wrongly.
    recordFinding(Check, Info);
    Call->HiddenBy = crossfile::Candidate::Hidden::ByNolint;
  } else if (!shownByHeaderFilter(Info.getLocation(), SM,
                                  Context.getOptionsForFile(
                                      SM.getFilename(Info.getLocation())))) {
    Call->HiddenBy = crossfile::Candidate::Hidden::ByHeaderFilter;
  }
  ClangTidyError Candidate(Check,
                           Level == clang::DiagnosticsEngine::Error
                               ? clang::tooling::Diagnostic::Error
                               : clang::tooling::Diagnostic::Warning,
                           Context.getCurrentBuildDirectory(),
                           Context.treatAsError(Check));
  Candidate.Message = clang::tooling::DiagnosticMessage(
      crossfile::candidateMessage(*Call), SM, Info.getLocation());
  for (const clang::CharSourceRange &Range : Info.getRanges())
    Candidate.Message.Ranges.emplace_back(SM, Range);
  Candidates.push_back(std::move(Candidate));
  return true;
}

void RecordingDiagnosticConsumer::HandleDiagnostic(
    clang::DiagnosticsEngine::Level Level, const clang::Diagnostic &Info) {
  if (takeCandidate(Level, Info))
    return;
  if (Level >= clang::DiagnosticsEngine::Warning && Info.hasSourceManager() &&
      Info.getLocation().isValid())
    recordFinding(Context.getCheckName(Info.getID()), Info);
  ClangTidyDiagnosticConsumer::HandleDiagnostic(Level, Info);
}

void RecordingDiagnosticConsumer::recordFinding(std::string Check,
                                                const clang::Diagnostic &Info) {
  if (!Record || !llvm::StringRef(Check).starts_with("coro-"))
    return;
  const clang::SourceManager &SM = Info.getSourceManager();
  clang::SourceLocation Loc = SM.getExpansionLoc(Info.getLocation());
  if (auto Entry = SM.getFileEntryRefForID(SM.getFileID(Loc)))
    Recorded.push_back({std::move(Check), Entry->getUniqueID(),
                        SM.getExpansionLineNumber(Loc)});
}

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
