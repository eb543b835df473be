//===--- WaitStarts.cpp - Coroutine lambdas a blocking wait starts --------===//

#include "analysis/WaitStarts.h"
#include "analysis/DiscardedExprs.h"
#include "analysis/Worklist.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace corolint {

const Expr *startedByWait(const Stmt *S, const ThreadModel &Threads) {
  const auto *Wait = dyn_cast<CallExpr>(S);
  const Expr *Awaited = Wait ? Threads.awaitedByWait(Wait) : nullptr;
  const auto *Call = dyn_cast_or_null<CXXOperatorCallExpr>(
      Awaited ? ignorePassing(Awaited)->IgnoreParenImpCasts() : nullptr);
  if (!Call || Call->getOperator() != OO_Call || Call->getNumArgs() == 0)
    return nullptr;
  return Call->getArg(0);
}

bool onlyAwaitedByWaits(const VarDecl *Var, const Stmt *Body,
                        const ThreadModel &Threads) {
  unsigned Uses = 0, Awaited = 0;
  bool Captured = false;
  walkStmts(Body, [&](const Stmt *S) {
    // A use in a lambda may run anywhere, any number of times; a lambda
    // uses the variable only through a capture.
    if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
      for (const LambdaCapture &Capture : Lambda->captures())
        Captured |=
            Capture.capturesVariable() && Capture.getCapturedVar() == Var;
      return Captured ? Walk::Stop : Walk::Over;
    }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S);
        Ref && Ref->getDecl() == Var)
      ++Uses;
    const Expr *Object = startedByWait(S, Threads);
    if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(
            Object ? Object->IgnoreParenImpCasts() : nullptr);
        Ref && Ref->getDecl() == Var)
      ++Awaited;
    return Walk::Into;
  });
  return !Captured && Uses > 0 && Uses == Awaited;
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
