//===--- NolintBlocks.cpp - Unmatched NOLINTBEGIN and NOLINTEND -----------===//
//
// The rules are those of clang-tidy's NoLintDirectiveHandler (LLVM 19): a
// NOLINTEND closes the innermost open NOLINTBEGIN if both name exactly the
// same checks (or both none); otherwise it is unmatched, and so is every
// NOLINTBEGIN still open at the end of the file.
//
//===----------------------------------------------------------------------===//

#include "NolintBlocks.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Path.h"
#include <optional>

using namespace clang::tidy;

namespace corolint {

namespace {

ClangTidyError unmatched(llvm::StringRef File, const NolintDirective &D) {
  ClangTidyError Error("clang-tidy-nolint", ClangTidyError::Error,
                       llvm::sys::path::parent_path(File).str(),
                       /*IsWarningAsError=*/false);
  Error.Message.Message =
      D.Kind == NolintDirective::Begin
          ? "unmatched 'NOLINTBEGIN' comment without a subsequent "
            "'NOLINTEND' comment"
          : "unmatched 'NOLINTEND' comment without a previous "
            "'NOLINTBEGIN' comment";
  Error.Message.FilePath = File.str();
  Error.Message.FileOffset = D.Offset;
  return Error;
}

} // namespace

std::vector<NolintDirective> nolintDirectives(llvm::StringRef Text) {
  std::vector<NolintDirective> Found;
  for (size_t Pos = 0; Pos < Text.size();) {
    size_t Start = Text.find("NOLINT", Pos);
    if (Start == llvm::StringRef::npos)
      break;
    Pos = Start + 6;
    while (Pos < Text.size() && llvm::isAlpha(Text[Pos]))
      ++Pos;
    llvm::StringRef Word = Text.slice(Start, Pos);
    std::optional<NolintDirective::Type> Kind =
        llvm::StringSwitch<std::optional<NolintDirective::Type>>(Word)
            .Case("NOLINT", NolintDirective::Line)
            .Case("NOLINTNEXTLINE", NolintDirective::NextLine)
            .Case("NOLINTBEGIN", NolintDirective::Begin)
            .Case("NOLINTEND", NolintDirective::End)
            .Default(std::nullopt);
    if (!Kind)
      continue;
    std::optional<std::string> Checks;
    if (Pos < Text.size() && Text[Pos] == '(') {
      size_t Close = Text.find_first_of("\n)", Pos + 1);
      if (Close != llvm::StringRef::npos && Text[Close] == ')') {
        Checks = Text.slice(Pos + 1, Close).str();
        Pos = Close + 1;
      }
    }
    Found.push_back({*Kind, Start, std::move(Checks)});
  }
  return Found;
}

std::vector<ClangTidyError> unmatchedNolintBlocks(llvm::StringRef File,
                                                  llvm::StringRef Text) {
  std::vector<ClangTidyError> Errors;
  std::vector<NolintDirective> Open;
  for (NolintDirective &D : nolintDirectives(Text)) {
    if (D.Kind != NolintDirective::Begin && D.Kind != NolintDirective::End)
      continue;
    if (D.Kind == NolintDirective::Begin)
      Open.push_back(std::move(D));
    else if (!Open.empty() && Open.back().Checks == D.Checks)
      Open.pop_back();
    else
      Errors.push_back(unmatched(File, D));
  }
  for (const NolintDirective &D : Open)
    Errors.push_back(unmatched(File, D));
  return Errors;
}

} // namespace corolint
