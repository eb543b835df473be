//===--- AwaitFixes.h - Fix-its that await an expression --------*- C++ -*-===//
//
// Every check that rewrites code into `co_await <expr>` builds the edit here,
// so that precedence is handled once.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_AWAITFIXES_H
#define COROLINT_ANALYSIS_AWAITFIXES_H

#include "analysis/FunctionBodies.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/SmallVector.h"

namespace corolint {

/// Why `co_await` cannot be written at \p Written, code that \p Where
/// describes: outside a coroutine (in a lambda that is not one), in a catch
/// handler, or in a macro. Empty when it can; every fix-it that writes
/// `co_await` asks this first.
std::string whyCannotAwaitAt(const clang::Expr *Written,
                             const BodyContext &Where);

/// Whether `co_await` in front of \p Written would bind to only part of it:
/// `co_await` binds tighter than any binary operator, so a task made by one
/// (`a && b` with Boost.Asio's awaitable operators) needs parentheses.
bool needsParenthesesToAwait(const clang::Expr *Written);

/// The edits that turn \p Written, an expression as the user wrote it, into
/// `co_await Written`, or `co_await (Written)` where precedence needs it.
/// With \p ReplaceFrom, the text from there to \p Written goes too, so that
/// `auto t = f();` becomes `co_await f();`.
llvm::SmallVector<clang::FixItHint, 2>
awaitFix(const clang::Expr *Written, const clang::ASTContext &AST,
         clang::SourceLocation ReplaceFrom = clang::SourceLocation());

} // namespace corolint

#endif // COROLINT_ANALYSIS_AWAITFIXES_H
