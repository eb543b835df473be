//===--- FunctionBodies.h - Walking function bodies with their context -*- C++
//-*-===//
//
// Checks look at the bodies of functions written in the project, each
// statement with the function (or lambda) it runs in. This is the one walk
// they share; later, the loop context of DESIGN.md grows out of BodyContext.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_FUNCTIONBODIES_H
#define COROLINT_ANALYSIS_FUNCTIONBODIES_H

#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace corolint {

/// Where a statement is.
struct BodyContext {
  /// The function whose body holds the statement: the top-level function, or
  /// the call operator of the innermost lambda around it. Null in an
  /// initializer outside any function (a default member initializer, a
  /// namespace-scope variable).
  const clang::FunctionDecl *Function = nullptr;
  /// The innermost lambda around the statement, if any.
  const clang::LambdaExpr *Lambda = nullptr;
  /// Whether Function is a coroutine (its body contains co_await, co_yield
  /// or co_return).
  bool IsCoroutine = false;
  /// Inside a catch handler of Function, where `co_await` is not allowed.
  bool InCatchHandler = false;
};

/// Whether \p Function's body is a coroutine body.
bool isCoroutine(const clang::FunctionDecl *Function);

/// Calls \p Visit for every statement in the body of \p Function, before its
/// children, including the bodies of lambdas written in it (with their own
/// context). Code the compiler synthesises around a coroutine body, its
/// suspension points and co_return statements is skipped: only what the user
/// wrote is visited. Local classes are not entered; their member functions are
/// functions of their own.
void forEachStmtInBody(
    const clang::FunctionDecl *Function,
    llvm::function_ref<void(const clang::Stmt *, const BodyContext &)> Visit);

/// Like forEachStmtInBody, for the statements of an initializer: those of a
/// default member initializer or a namespace-scope variable (no function),
/// or a constructor's member initializer (\p Function is the constructor).
void forEachStmtInInitializer(
    const clang::Expr *Init, const clang::FunctionDecl *Function,
    llvm::function_ref<void(const clang::Stmt *, const BodyContext &)> Visit);

} // namespace corolint

#endif // COROLINT_ANALYSIS_FUNCTIONBODIES_H
