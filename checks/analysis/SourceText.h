//===--- SourceText.h - Quoting the user's code in messages -----*- C++ -*-===//

#ifndef COROLINT_ANALYSIS_SOURCETEXT_H
#define COROLINT_ANALYSIS_SOURCETEXT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include <optional>
#include <string>

namespace corolint {

/// The source text of \p E, if it is short and on one line: messages and
/// notes quote it; anything longer would bury the point.
std::optional<std::string> shortText(const clang::Expr *E,
                                     const clang::ASTContext &AST);

/// \p Type with every name fully qualified (`std::basic_string<char,
/// std::char_traits<char>, std::allocator<char>>`): the same text from every
/// LLVM, for a type that has no spelling in the code (a temporary's).
std::string fullyQualifiedTypeName(clang::QualType Type,
                                   const clang::ASTContext &AST);

/// The leading blanks of the line \p Loc is on, for fix-its that add a
/// line laid out like it.
llvm::StringRef lineIndentation(clang::SourceLocation Loc,
                                const clang::SourceManager &SM);

/// Whether only blanks come before \p Loc on its line.
bool isFirstOnLine(clang::SourceLocation Loc, const clang::SourceManager &SM);

/// The line break the file of \p Loc uses: "\r\n" or "\n".
llvm::StringRef lineBreakAt(clang::SourceLocation Loc,
                            const clang::SourceManager &SM);

} // namespace corolint

#endif // COROLINT_ANALYSIS_SOURCETEXT_H
