//===--- FixItDisplay.cpp - Fix-its as clang's snippets can show ----------===//

#include "FixItDisplay.h"

using namespace clang::tidy;

namespace corolint {

namespace {

/// An edit clang cannot show under a source line: it inserts whole lines.
bool insertsLines(const clang::tooling::Replacement &Edit) {
  return Edit.getLength() == 0 && Edit.getReplacementText().contains('\n');
}

} // namespace

std::vector<ClangTidyError> forPrinting(llvm::ArrayRef<ClangTidyError> Errors) {
  std::vector<ClangTidyError> Printed(Errors.begin(), Errors.end());
  for (ClangTidyError &Error : Printed) {
    std::vector<clang::tooling::DiagnosticMessage> Inserted;
    // Not a structured binding: that copies a StringMap entry's value.
    for (auto &Entry : Error.Message.Fix) {
      clang::tooling::Replacements &Edits = Entry.getValue();
      clang::tooling::Replacements Shown;
      for (const clang::tooling::Replacement &Edit : Edits) {
        if (!insertsLines(Edit)) {
          // Edits of one finding never overlap: adding them back cannot fail.
          llvm::consumeError(Shown.add(Edit));
          continue;
        }
        clang::tooling::DiagnosticMessage Note;
        llvm::StringRef Text = Edit.getReplacementText().trim();
        Note.Message = ("the fix-it also inserts '" + Text + "' here").str();
        Note.FilePath = Edit.getFilePath().str();
        // At the line the inserted text will stand on.
        Note.FileOffset = Edit.getOffset();
        Inserted.push_back(std::move(Note));
        // clang-tidy recorded the fix-it's place among the finding's ranges
        // too (clang's renderer adds them): it goes with the fix-it.
        llvm::erase_if(Error.Message.Ranges,
                       [&](const clang::tooling::FileByteRange &Range) {
                         return Range.Length == 0 &&
                                Range.FileOffset == Edit.getOffset() &&
                                Range.FilePath == Edit.getFilePath();
                       });
      }
      Edits = std::move(Shown);
    }
    if (!Inserted.empty())
      Error.Notes.insert(Error.Notes.begin(), Inserted.begin(), Inserted.end());
  }
  return Printed;
}

} // namespace corolint
