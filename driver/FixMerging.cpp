//===--- FixMerging.cpp - One set of findings and fixes from many files ---===//

#include "FixMerging.h"
#include "DiagnosticPaths.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

using namespace clang::tidy;
using clang::tooling::Replacement;

namespace corolint {

namespace {

/// What identifies a finding, wherever it was found from (not its fix).
std::string findingKey(const ClangTidyError &Error) {
  std::string Key;
  llvm::raw_string_ostream OS(Key);
  auto Message = [&](const clang::tooling::DiagnosticMessage &M) {
    OS << M.FilePath << '\0' << M.FileOffset << '\0' << M.Message << '\0';
  };
  OS << Error.DiagnosticName << '\0' << Error.DiagLevel << '\0';
  Message(Error.Message);
  for (const auto &Note : Error.Notes)
    Message(Note);
  return Key;
}

bool sameFix(const ClangTidyError &A, const ClangTidyError &B) {
  if (A.Message.Fix.size() != B.Message.Fix.size())
    return false;
  for (const auto &[File, Edits] : A.Message.Fix) {
    auto Other = B.Message.Fix.find(File);
    if (Other == B.Message.Fix.end() || !llvm::equal(Edits, Other->second))
      return false;
  }
  return true;
}

/// One edit of one finding, in an absolute file.
struct Edit {
  size_t Finding;
  unsigned Offset;
  unsigned Length;
  std::string Text;
};

/// Whether two edits of a file cannot both be made in a defined way: their
/// ranges overlap, or they insert different text at one place.
bool disagree(const Edit &A, const Edit &B) {
  if (A.Offset == B.Offset && A.Length == B.Length && A.Text == B.Text)
    return false; // The same edit.
  if (A.Length == 0 && B.Length == 0)
    return A.Offset == B.Offset;
  unsigned AEnd = A.Offset + A.Length, BEnd = B.Offset + B.Length;
  if (A.Length == 0)
    return A.Offset > B.Offset && A.Offset < BEnd;
  if (B.Length == 0)
    return B.Offset > A.Offset && B.Offset < AEnd;
  return A.Offset < BEnd && B.Offset < AEnd;
}

} // namespace

/// The file and line of a finding, `src/x.cpp:12`.
static std::string findingPlace(const ClangTidyError &Error,
                                SourceTexts &Texts) {
  if (Error.Message.FilePath.empty())
    return "(no file)";
  std::string Absolute =
      absoluteDiagnosticPath(Error.Message.FilePath, Error.BuildDirectory);
  return Error.Message.FilePath + ":" +
         std::to_string(Texts.line(Absolute, Error.Message.FileOffset));
}

/// `'coro-x' at a.h:3`.
static std::string describe(const ClangTidyError &Error, SourceTexts &Texts) {
  return "'" + Error.DiagnosticName + "' at " + findingPlace(Error, Texts);
}

std::vector<FixConflict> mergeFindings(std::vector<ClangTidyError> &Errors) {
  std::vector<FixConflict> Conflicts;
  SourceTexts Texts;
  std::vector<bool> Refused;
  auto Refuse = [&](size_t A, size_t B, llvm::StringRef File, unsigned Line) {
    Refused[A] = Refused[B] = true;
    Conflicts.push_back({File.str(), Line,
                         "the fixes of " + describe(Errors[A], Texts) +
                             " and " + describe(Errors[B], Texts) +
                             " overlap; neither is applied"});
  };

  // 1. A finding seen from several files, once. Copies that disagree on the
  // fix (the header compiled differently) keep none.
  // Copies of one finding compare equal, so any order of them will do.
  llvm::sort(Errors, [](const ClangTidyError &A, const ClangTidyError &B) {
    return std::make_tuple(A.Message.FilePath, A.Message.FileOffset,
                           findingKey(A)) <
           std::make_tuple(B.Message.FilePath, B.Message.FileOffset,
                           findingKey(B));
  });
  std::vector<ClangTidyError> Unique;
  std::vector<bool> FixDisputed;
  for (ClangTidyError &Error : Errors) {
    if (!Unique.empty() && findingKey(Unique.back()) == findingKey(Error)) {
      if (!sameFix(Unique.back(), Error))
        FixDisputed.back() = true;
      continue;
    }
    Unique.push_back(std::move(Error));
    FixDisputed.push_back(false);
  }
  Errors = std::move(Unique);
  Refused.assign(Errors.size(), false);
  for (size_t Index = 0; Index < Errors.size(); ++Index)
    if (FixDisputed[Index] && !Errors[Index].Message.Fix.empty()) {
      const ClangTidyError &Error = Errors[Index];
      Refused[Index] = true;
      Conflicts.push_back(
          {Error.Message.FilePath,
           Texts.line(absoluteDiagnosticPath(Error.Message.FilePath,
                                             Error.BuildDirectory),
                      Error.Message.FileOffset),
           "the files that include it fix " + describe(Error, Texts) +
               " in different ways; no fix is applied"});
    }

  // 2. Edits of different findings, file by file.
  std::map<std::string, std::vector<Edit>> EditsByFile;
  for (size_t Index = 0; Index < Errors.size(); ++Index)
    for (const auto &[File, Edits] : Errors[Index].Message.Fix)
      for (const Replacement &R : Edits)
        EditsByFile[absoluteDiagnosticPath(File, Errors[Index].BuildDirectory)]
            .push_back({Index, R.getOffset(), R.getLength(),
                        R.getReplacementText().str()});
  std::map<std::pair<size_t, size_t>, bool> Reported;
  for (auto &[File, Edits] : EditsByFile) {
    llvm::sort(Edits, [](const Edit &A, const Edit &B) {
      return std::tie(A.Offset, A.Length, A.Finding, A.Text) <
             std::tie(B.Offset, B.Length, B.Finding, B.Text);
    });
    for (size_t I = 0; I < Edits.size(); ++I)
      for (size_t J = I + 1;
           J < Edits.size() &&
           Edits[J].Offset <= Edits[I].Offset + Edits[I].Length;
           ++J) {
        const Edit &A = Edits[I], &B = Edits[J];
        if (A.Finding == B.Finding || !disagree(A, B))
          continue;
        auto Pair = std::minmax(A.Finding, B.Finding);
        if (Reported[Pair])
          continue;
        Reported[Pair] = true;
        Refuse(Pair.first, Pair.second, File, Texts.line(File, A.Offset));
      }
  }

  // 3. Refused findings keep no fix; an edit two findings share is made by
  // the first only.
  std::map<std::string,
           std::vector<std::tuple<unsigned, unsigned, std::string>>>
      Made;
  for (size_t Index = 0; Index < Errors.size(); ++Index) {
    auto &Fix = Errors[Index].Message.Fix;
    if (Refused[Index]) {
      Fix.clear();
      continue;
    }
    for (auto &Entry : Fix) {
      std::string File =
          absoluteDiagnosticPath(Entry.first(), Errors[Index].BuildDirectory);
      clang::tooling::Replacements Kept;
      for (const Replacement &R : Entry.second) {
        auto Key = std::make_tuple(R.getOffset(), R.getLength(),
                                   R.getReplacementText().str());
        if (llvm::is_contained(Made[File], Key))
          continue;
        Made[File].push_back(Key);
        llvm::consumeError(Kept.add(R));
      }
      Entry.second = std::move(Kept);
    }
  }
  return Conflicts;
}

} // namespace corolint
