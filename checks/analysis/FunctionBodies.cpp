//===--- FunctionBodies.cpp - Walking function bodies with their context --===//

#include "analysis/FunctionBodies.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace corolint {

bool isCoroutine(const FunctionDecl *Function) {
  return Function && isa_and_nonnull<CoroutineBodyStmt>(Function->getBody());
}

namespace {

using VisitFn = llvm::function_ref<void(const Stmt *, const BodyContext &)>;

class BodyWalker {
public:
  explicit BodyWalker(VisitFn Visit) : Visit(Visit) {}

  void walkBody(const FunctionDecl *Function, const LambdaExpr *Lambda) {
    BodyContext Context;
    Context.Function = Function;
    Context.Lambda = Lambda;
    Context.IsCoroutine = isCoroutine(Function);
    walk(Function->getBody(), Context);
  }

  void walkInitializer(const Expr *Init, const FunctionDecl *Function) {
    BodyContext Context;
    Context.Function = Function;
    walk(Init, Context);
  }

private:
  void walk(const Stmt *S, const BodyContext &Context) {
    if (!S)
      return;
    // Synthesised code around the user's code: visit only what was written.
    if (const auto *Coroutine = dyn_cast<CoroutineBodyStmt>(S))
      return walk(Coroutine->getBody(), Context);
    if (const auto *Suspend = dyn_cast<CoroutineSuspendExpr>(S)) {
      Visit(S, Context);
      return walk(Suspend->getOperand(), Context);
    }
    if (const auto *Await = dyn_cast<DependentCoawaitExpr>(S)) {
      Visit(S, Context);
      return walk(Await->getOperand(), Context);
    }
    if (const auto *Return = dyn_cast<CoreturnStmt>(S)) {
      Visit(S, Context);
      return walk(Return->getOperand(), Context);
    }
    // Shared or default subexpressions are visited where they are written.
    if (isa<OpaqueValueExpr, CXXDefaultArgExpr, CXXDefaultInitExpr>(S))
      return;

    Visit(S, Context);

    if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
      for (const Expr *Init : Lambda->capture_inits())
        walk(Init, Context);
      if (const CXXMethodDecl *CallOperator = Lambda->getCallOperator())
        walkBody(CallOperator, Lambda);
      return;
    }
    if (const auto *Catch = dyn_cast<CXXCatchStmt>(S)) {
      BodyContext Handler = Context;
      Handler.InCatchHandler = true;
      return walk(Catch->getHandlerBlock(), Handler);
    }
    for (const Stmt *Child : S->children())
      walk(Child, Context);
  }

  VisitFn Visit;
};

} // namespace

void forEachStmtInInitializer(const Expr *Init, const FunctionDecl *Function,
                              VisitFn Visit) {
  if (Init)
    BodyWalker(Visit).walkInitializer(Init, Function);
}

void forEachStmtInBody(const FunctionDecl *Function, VisitFn Visit) {
  if (!Function || !Function->getBody())
    return;
  BodyWalker(Visit).walkBody(Function, nullptr);
}

} // namespace corolint
