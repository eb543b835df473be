//===--- FixItDisplay.h - Fix-its as clang's snippets can show --*- C++ -*-===//
//
// clang prints a fix-it under the source line it edits, but not one whose
// text holds a line break, such as an inserted #include; and its snippet
// printer (TextDiagnostic, LLVM 19) numbers the gutter from the smallest line
// of every range it was given, shown or not, so a finding on line 47 with an
// #include inserted at line 14 is printed as "14 | <line 47's code>". For
// printing only, corolint moves such an insertion out of the finding's
// fix-its into a note at the place it inserts, which says what it inserts.
// What --fix applies and what the reports carry are unchanged.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_FIXITDISPLAY_H
#define COROLINT_DRIVER_FIXITDISPLAY_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include <vector>

namespace corolint {

/// \p Errors as the clang text format should print them.
std::vector<clang::tidy::ClangTidyError>
forPrinting(llvm::ArrayRef<clang::tidy::ClangTidyError> Errors);

} // namespace corolint

#endif // COROLINT_DRIVER_FIXITDISPLAY_H
