//===--- FunctionBodies.cpp - Walking function bodies with their context --===//

#include "analysis/FunctionBodies.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"

using namespace clang;

namespace corolint {

bool isCoroutine(const FunctionDecl *Function) {
  return Function && isa_and_nonnull<CoroutineBodyStmt>(Function->getBody());
}

bool BodyContext::inLoopContext() const {
  return Runner && !AfterPoolResume && isCoroutine(Runner);
}

static const LambdaExpr *asLambda(const Expr *E);

const FunctionDecl *followableCallee(const Stmt *S) {
  const FunctionDecl *Callee = nullptr;
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call);
        Operator && Operator->getOperator() == OO_Call &&
        asLambda(Operator->getArg(0)))
      return nullptr; // `[&] { ... }()`
    Callee = Call->getDirectCallee();
  } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
    Callee = Construct->getConstructor();
  }
  const FunctionDecl *Definition = nullptr;
  if (!Callee || !Callee->hasBody(Definition) || !Definition)
    return nullptr;
  if (Definition->isDefaulted() || Definition->isDependentContext() ||
      isCoroutine(Definition) ||
      Definition->getASTContext().getSourceManager().isInSystemHeader(
          Definition->getLocation()))
    return nullptr;
  return Definition;
}

using VisitFn = llvm::function_ref<void(const Stmt *, const BodyContext &)>;

/// What happens to a lambda, from where it is written.
enum class LambdaRole {
  Stored,    ///< Kept to be called later: its body has its own runner.
  Called,    ///< Called at once, or passed to a call: it runs with its caller.
  Offloaded, ///< Handed to an offload point: it runs on another thread.
};

/// The lambda \p E is, seen through the conversions of passing it on.
static const LambdaExpr *asLambda(const Expr *E) {
  while (E) {
    E = E->IgnoreParens();
    if (const auto *Lambda = dyn_cast<LambdaExpr>(E))
      return Lambda;
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E))
      E = Cast->getSubExpr();
    else if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E))
      E = Temporary->getSubExpr();
    else if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
      E = Bind->getSubExpr();
    else if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
      E = Cleanups->getSubExpr();
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
             Construct && Construct->getNumArgs() >= 1 &&
             Construct->getParenOrBraceRange().isInvalid())
      E = Construct->getArg(0); // An implicit conversion to a wrapper.
    else
      return nullptr;
  }
  return nullptr;
}

namespace {

/// Whether the children of \p S run only on some paths through it.
bool runsChildrenConditionally(const Stmt *S) {
  if (const auto *Binary = dyn_cast<BinaryOperator>(S))
    return Binary->isLogicalOp();
  return isa<IfStmt, WhileStmt, DoStmt, ForStmt, CXXForRangeStmt, SwitchStmt,
             AbstractConditionalOperator, CXXCatchStmt>(S);
}

class BodyWalker {
public:
  BodyWalker(VisitFn Visit, const ThreadModel *Threads)
      : Visit(Visit), Threads(Threads) {}

  void walkBody(const FunctionDecl *Function) {
    BodyContext Context;
    Context.Function = Function;
    Context.IsCoroutine = isCoroutine(Function);
    Context.Runner = Function;
    walk(Function->getBody(), Context, /*Unconditional=*/true);
  }

  void walkInitializer(const Expr *Init, const FunctionDecl *Function) {
    BodyContext Context;
    Context.Function = Function;
    Context.Runner = Function;
    walk(Init, Context, /*Unconditional=*/true);
  }

private:
  void walk(const Stmt *S, const BodyContext &Context, bool Unconditional) {
    if (!S)
      return;
    // Synthesised code around the user's code: visit only what was written.
    if (const auto *Coroutine = dyn_cast<CoroutineBodyStmt>(S))
      return walk(Coroutine->getBody(), Context, Unconditional);
    if (const auto *Suspend = dyn_cast<CoroutineSuspendExpr>(S)) {
      Visit(S, Context);
      walk(Suspend->getOperand(), Context, Unconditional);
      if (Unconditional && Threads && isa<CoawaitExpr>(Suspend))
        if (std::optional<ResumeThread> Thread =
                Threads->resumesOn(Suspend->getOperand()))
          Resumed = Thread;
      return;
    }
    if (const auto *Await = dyn_cast<DependentCoawaitExpr>(S)) {
      Visit(S, Context);
      return walk(Await->getOperand(), Context, Unconditional);
    }
    if (const auto *Return = dyn_cast<CoreturnStmt>(S)) {
      Visit(S, Context);
      return walk(Return->getOperand(), Context, Unconditional);
    }
    // Shared or default subexpressions are visited where they are written.
    if (isa<OpaqueValueExpr, CXXDefaultArgExpr, CXXDefaultInitExpr>(S))
      return;

    Visit(S, Context);

    if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
      return walkLambda(Lambda, Context, Unconditional);
    if (const auto *Compound = dyn_cast<CompoundStmt>(S))
      return walkSequence(Compound, Context, Unconditional);
    if (const auto *Declarations = dyn_cast<DeclStmt>(S))
      return walkDeclarations(Declarations, Context, Unconditional);
    noteLambdaArguments(S);
    BodyContext Inner = Context;
    if (isa<CXXCatchStmt>(S))
      Inner.InCatchHandler = true;
    bool ChildrenUnconditional = Unconditional && !runsChildrenConditionally(S);
    for (const Stmt *Child : S->children())
      walk(Child, Inner, ChildrenUnconditional);
  }

  /// The statements of a block run in order: after one that certainly
  /// resumed on a pool, the rest are off the loop (until one resumes on a
  /// loop again). A block that certainly runs passes that on to its parent.
  void walkSequence(const CompoundStmt *Block, BodyContext Context,
                    bool Unconditional) {
    std::optional<ResumeThread> Last;
    for (const Stmt *Child : Block->body()) {
      Resumed.reset();
      walk(Child, Context, /*Unconditional=*/true);
      if (Resumed) {
        Last = Resumed;
        Context.AfterPoolResume = *Resumed == ResumeThread::Pool;
      }
    }
    Resumed = Unconditional ? Last : std::nullopt;
  }

  /// The initializers of local variables; a static one runs once.
  void walkDeclarations(const DeclStmt *Declarations,
                        const BodyContext &Context, bool Unconditional) {
    for (const Decl *D : Declarations->decls()) {
      const auto *Var = dyn_cast<VarDecl>(D);
      if (!Var || !Var->getInit())
        continue;
      BodyContext Inner = Context;
      Inner.RunsOnce = Context.RunsOnce || Var->isStaticLocal();
      walk(Var->getInit(), Inner, Unconditional);
    }
  }

  void walkLambda(const LambdaExpr *Lambda, const BodyContext &Outer,
                  bool Unconditional) {
    for (const Expr *Init : Lambda->capture_inits())
      walk(Init, Outer, Unconditional);
    const CXXMethodDecl *CallOperator = Lambda->getCallOperator();
    if (!CallOperator)
      return;
    auto Role = LambdaRoles.find(Lambda);
    LambdaRole What =
        Role == LambdaRoles.end() ? LambdaRole::Stored : Role->second;
    BodyContext Inner;
    Inner.Function = CallOperator;
    Inner.Lambda = Lambda;
    Inner.IsCoroutine = isCoroutine(CallOperator);
    if (What == LambdaRole::Offloaded) {
      Inner.Runner = nullptr;
    } else if (Inner.IsCoroutine || What == LambdaRole::Stored) {
      Inner.Runner = CallOperator;
    } else {
      Inner.Runner = Outer.Runner;
      Inner.AfterPoolResume = Outer.AfterPoolResume;
      Inner.RunsOnce = Outer.RunsOnce; // `static auto t = [] { ... }();`
    }
    // What happens inside the lambda does not move the code around it.
    std::optional<ResumeThread> Saved = Resumed;
    walk(CallOperator->getBody(), Inner, /*Unconditional=*/false);
    Resumed = Saved;
  }

  /// Records what each lambda written as an argument of \p S is for, before
  /// the walk reaches it.
  void noteLambdaArguments(const Stmt *S) {
    llvm::ArrayRef<const Expr *> Args;
    bool IsConstruction = false;
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      Args = llvm::ArrayRef(Call->getArgs(), Call->getNumArgs());
      if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call);
          Operator && Operator->getOperator() == OO_Call && !Args.empty())
        if (const LambdaExpr *Callee = asLambda(Args.front()))
          LambdaRoles[Callee] = LambdaRole::Called; // `[&] { ... }()`
    } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
      Args = llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs());
      IsConstruction = true;
    }
    for (unsigned Index = 0; Index < Args.size(); ++Index) {
      const LambdaExpr *Lambda = asLambda(Args[Index]);
      if (!Lambda || LambdaRoles.count(Lambda))
        continue;
      if (Threads && Threads->runsArgumentElsewhere(cast<Expr>(S), Index))
        LambdaRoles[Lambda] = LambdaRole::Offloaded;
      // A lambda passed to a function of the project runs when that
      // function calls it, as its effect summary sees; one passed to a
      // library function (an algorithm) runs here.
      else if (!IsConstruction && !followableCallee(S))
        LambdaRoles[Lambda] = LambdaRole::Called;
    }
  }

  VisitFn Visit;
  const ThreadModel *Threads;
  llvm::DenseMap<const LambdaExpr *, LambdaRole> LambdaRoles;
  /// Where the last await that certainly ran resumed, in the statement being
  /// walked by the innermost walkSequence.
  std::optional<ResumeThread> Resumed;
};

} // namespace

void forEachStmtInInitializer(const Expr *Init, const FunctionDecl *Function,
                              VisitFn Visit) {
  if (Init)
    BodyWalker(Visit, nullptr).walkInitializer(Init, Function);
}

void forEachStmtInBody(const FunctionDecl *Function, VisitFn Visit,
                       const ThreadModel *Threads) {
  if (!Function || !Function->getBody())
    return;
  BodyWalker(Visit, Threads).walkBody(Function);
}

} // namespace corolint
