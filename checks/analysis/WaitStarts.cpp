//===--- WaitStarts.cpp - Coroutine lambdas a blocking wait starts --------===//

#include "analysis/WaitStarts.h"
#include "analysis/DiscardedExprs.h"
#include "analysis/Worklist.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace corolint {

const Expr *calledObject(const Expr *Awaited) {
  const auto *Call = dyn_cast<CXXOperatorCallExpr>(
      ignorePassing(Awaited)->IgnoreParenImpCasts());
  if (!Call || Call->getOperator() != OO_Call || Call->getNumArgs() == 0)
    return nullptr;
  return Call->getArg(0);
}

bool onlyAwaitedByWaits(const VarDecl *Var, const Stmt *Body,
                        const ThreadModel &Threads) {
  unsigned Uses = 0, Awaited = 0;
  walkStmts(Body, [&](const Stmt *S) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S);
        Ref && Ref->getDecl() == Var)
      ++Uses;
    return Walk::Into;
  });
  // A use in a lambda may run anywhere, any number of times.
  walkStmts(Body, [&](const Stmt *S) {
    if (isa<LambdaExpr>(S))
      return Walk::Over;
    const auto *Call = dyn_cast<CallExpr>(S);
    const Expr *Argument = Call ? Threads.awaitedByWait(Call) : nullptr;
    const Expr *Object = Argument ? calledObject(Argument) : nullptr;
    if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(
            Object ? Object->IgnoreParenImpCasts() : nullptr);
        Ref && Ref->getDecl() == Var)
      ++Awaited;
    return Walk::Into;
  });
  return Uses > 0 && Uses == Awaited;
}

/// Whether \p S, outside the lambdas in it, has a statement \p Is accepts.
template <typename Fn> static bool contains(const Stmt *S, Fn Is) {
  return !walkStmts(S, [&](const Stmt *Part) {
    if (Is(Part))
      return Walk::Stop;
    return isa<LambdaExpr>(Part) ? Walk::Over : Walk::Into;
  });
}

bool containsSuspension(const Stmt *S) {
  return contains(S, [](const Stmt *Part) {
    return isa<CoroutineSuspendExpr, DependentCoawaitExpr>(Part);
  });
}

bool containsGoto(const Stmt *S) {
  return contains(S, [](const Stmt *Part) {
    return isa<GotoStmt, IndirectGotoStmt>(Part);
  });
}

} // namespace corolint
