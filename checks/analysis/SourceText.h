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

} // namespace corolint

#endif // COROLINT_ANALYSIS_SOURCETEXT_H
