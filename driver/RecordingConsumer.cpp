//===--- RecordingConsumer.cpp - A worker's diagnostic consumer -----------===//

#include "RecordingConsumer.h"
#include "analysis/CrossFileSummaries.h"
#include "clang/Basic/SourceManager.h"

using namespace clang::tidy;

namespace corolint {

const llvm::Regex &
RecordingDiagnosticConsumer::regex(const std::string &Pattern) {
  return Regexes.try_emplace(Pattern, Pattern).first->second;
}

bool RecordingDiagnosticConsumer::shownByHeaderFilter(
    clang::SourceLocation Loc, const clang::SourceManager &SM) {
  const ClangTidyOptions &Options =
      Context.getOptionsForFile(SM.getFilename(Loc));
  if (SM.isInMainFile(Loc))
    return true;
  if (!Options.SystemHeaders.value_or(false) &&
      (SM.isInSystemHeader(Loc) || SM.isInSystemMacro(Loc)))
    return false;
  clang::OptionalFileEntryRef File =
      SM.getFileEntryRefForID(SM.getDecomposedExpansionLoc(Loc).first);
  if (!File)
    return true;
  return regex(Options.HeaderFilterRegex.value_or("")).match(File->getName()) &&
         !(Options.ExcludeHeaderFilterRegex &&
           !Options.ExcludeHeaderFilterRegex->empty() &&
           regex(*Options.ExcludeHeaderFilterRegex).match(File->getName()));
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
  } else if (!shownByHeaderFilter(Info.getLocation(), SM)) {
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

} // namespace corolint
