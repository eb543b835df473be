//===--- AstCompat.h - Clang AST APIs that differ across LLVMs --*- C++ -*-===//
//
// corolint builds against LLVM 19 and LLVM 22. Where Clang's AST API differs
// between them, the code asks one of these helpers instead of testing the
// version itself, so every difference lives here.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_COMPAT_ASTCOMPAT_H
#define COROLINT_COMPAT_ASTCOMPAT_H

#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

namespace clang {
class DeclRefExpr;
class NamespaceDecl;
} // namespace clang

namespace corolint::compat {

/// The namespace that \p Ref's qualifier names, through a namespace alias
/// (`net::` with `namespace net = boost::asio` gives boost::asio); null when
/// the reference is unqualified or qualified by a type or `::` alone.
/// (LLVM 22 made NestedNameSpecifier a value type with one Namespace kind
/// for namespaces and aliases.)
const clang::NamespaceDecl *qualifierNamespace(const clang::DeclRefExpr &Ref);

/// Where \p Call begins as written: `f{}(3)` at `f`. Through Stmt, which
/// dispatches to the call's own class: LLVM 22's CallExpr::getBeginLoc, called
/// on an overloaded operator call as a CallExpr, gives the callee's location
/// (the `(`).
inline clang::SourceLocation callBegin(const clang::CallExpr &Call) {
  return static_cast<const clang::Stmt &>(Call).getBeginLoc();
}

/// The operand of \p Suspend as the user wrote it. LLVM 19 keeps the result
/// of the promise's `await_transform(operand)` as the operand; LLVM 20 and
/// later keep what was written.
const clang::Expr *writtenOperand(const clang::CoroutineSuspendExpr &Suspend);

} // namespace corolint::compat

#endif // COROLINT_COMPAT_ASTCOMPAT_H
