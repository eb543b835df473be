//===--- CrossFileLink.cpp - Findings through other files -----------------===//

#include "CrossFileLink.h"

using namespace clang;
using namespace clang::tidy;

namespace corolint {

crossfile::LinkedSummaries linkUnitFacts(llvm::ArrayRef<std::string> Serialized,
                                         llvm::raw_ostream &Log) {
  std::vector<crossfile::UnitFacts> Units;
  for (const std::string &Text : Serialized) {
    auto Facts = crossfile::parseUnitFacts(Text);
    if (!Facts) {
      Log << "corolint: warning: a worker's cross-file summaries are left out: "
          << llvm::toString(Facts.takeError()) << "\n";
      continue;
    }
    Units.push_back(std::move(*Facts));
  }
  return crossfile::link(Units);
}

/// The finding \p Candidate makes through \p Path: the message, then a note
/// per hop, the note at the effect, the advice at the call, a note per guard
/// (as LoopEffectCheck::reportChain says them).
static void makeFinding(ClangTidyError &Error,
                        const crossfile::Candidate &Candidate,
                        const crossfile::Chain &Path) {
  tooling::DiagnosticMessage &Warning = Error.Message;
  Warning.Message = Candidate.Head + " " + Path.End.Tail;
  llvm::SmallVector<tooling::DiagnosticMessage, 1> Notes;
  auto Note = [&](std::string Text, const std::string &File, unsigned Offset) {
    tooling::DiagnosticMessage Message;
    Message.Message = std::move(Text);
    Message.FilePath = File;
    Message.FileOffset = Offset;
    Notes.push_back(std::move(Message));
  };
  for (size_t Index = 0; Index + 1 < Path.Hops.size(); ++Index)
    Note(crossfile::hopNote(Path.Hops[Index].Function,
                            Path.Hops[Index + 1].Function),
         Path.Hops[Index].Call.File, Path.Hops[Index].Call.Offset);
  Note(Path.End.Note, Path.End.At.File, Path.End.At.Offset);
  if (std::string Advice = crossfile::adviceNote(Path.End, Candidate.Offload);
      !Advice.empty())
    Note(std::move(Advice), Warning.FilePath, Warning.FileOffset);
  for (const crossfile::Guard &Condition : Path.Guards)
    Note(Condition.Note, Condition.At.File, Condition.At.Offset);
  llvm::append_range(Notes, std::move(Error.Notes));
  Error.Notes = std::move(Notes);
}

void resolveCandidates(std::vector<ClangTidyError> &Errors,
                       const crossfile::LinkedSummaries &Linked,
                       ClangTidyStats &Stats) {
  llvm::erase_if(Errors, [&](ClangTidyError &Error) {
    if (!crossfile::isCandidateMessage(Error.Message.Message))
      return false;
    std::optional<crossfile::Candidate> Candidate =
        crossfile::parseCandidateMessage(Error.Message.Message);
    std::optional<crossfile::Chain> Path =
        Candidate ? Linked.resolve(Error.DiagnosticName, Candidate->Through,
                                   Candidate->MaxHops)
                  : std::nullopt;
    if (!Path || Candidate->Check != Error.DiagnosticName)
      return true;
    switch (Candidate->HiddenBy) {
    case crossfile::Candidate::Hidden::ByNolint:
      ++Stats.ErrorsIgnoredNOLINT;
      return true;
    case crossfile::Candidate::Hidden::ByHeaderFilter:
      ++Stats.ErrorsIgnoredNonUserCode;
      return true;
    case crossfile::Candidate::Hidden::No:
      break;
    }
    makeFinding(Error, *Candidate, *Path);
    return false;
  });
}

void reportBreaches(const crossfile::LinkedSummaries &Linked,
                    llvm::raw_ostream &Log) {
  for (const crossfile::OdrBreach &Breach : Linked.Breaches)
    Log << "corolint: " << Breach.Name << " is defined differently in "
        << Breach.FirstFile << " and " << Breach.SecondFile
        << " (an ODR violation): no finding is reported through it\n";
}

} // namespace corolint
