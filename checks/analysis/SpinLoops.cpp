//===--- SpinLoops.cpp - Loops that wait by spinning ----------------------===//

#include "analysis/SpinLoops.h"
#include "analysis/KnownCalls.h"
#include "analysis/ProjectCode.h"
#include "analysis/Worklist.h"
#include "analysis/Writes.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace corolint {

namespace {

/// The variable or member \p E names, through parentheses and conversions.
const ValueDecl *namedDecl(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->getMemberDecl();
  return nullptr;
}

/// Whether a plain variable or member \p Decl can change while this thread
/// does not write it: it is volatile, or a bool that other code can reach (a
/// member, a global or static, a reference).
bool isSharedFlag(const ValueDecl *Decl) {
  QualType Type = Decl->getType();
  if (Type.getNonReferenceType().isVolatileQualified())
    return true;
  if (!Type.getNonReferenceType()->isBooleanType())
    return false;
  if (isa<FieldDecl>(Decl) || Type->isReferenceType())
    return true;
  const auto *Var = dyn_cast<VarDecl>(Decl);
  return Var && !Var->hasLocalStorage();
}

/// The first flag \p Condition reads: the object of a call on an atomic, or
/// a shared flag variable.
const Expr *flagReadBy(const Stmt *Condition, const KnowledgeBase &Knowledge) {
  const Expr *Flag = nullptr;
  walkStmts(Condition, [&](const Stmt *S) {
    if (isa<LambdaExpr>(S))
      return Walk::Over;
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S)) {
      const Expr *Object = Call->getImplicitObjectArgument();
      if (Object && namedDecl(Object) &&
          subjectIsOneOf(Object, Knowledge.atomicTypes()))
        Flag = Object->IgnoreParenImpCasts();
    }
    if (!Flag && isa<DeclRefExpr, MemberExpr>(S))
      if (const ValueDecl *Decl = namedDecl(cast<Expr>(S));
          Decl && isSharedFlag(Decl))
        Flag = cast<Expr>(S);
    return Flag ? Walk::Stop : Walk::Into;
  });
  return Flag;
}

/// The condition that ends \p Loop.
const Expr *exitCondition(const Stmt *Loop, const ASTContext &AST) {
  const Expr *Condition = nullptr;
  const Stmt *Body = nullptr;
  if (const auto *For = dyn_cast<ForStmt>(Loop)) {
    Condition = For->getCond();
    Body = For->getBody();
  } else if (const auto *While = dyn_cast<WhileStmt>(Loop)) {
    Condition = While->getCond();
    Body = While->getBody();
  } else if (const auto *Do = dyn_cast<DoStmt>(Loop)) {
    Condition = Do->getCond();
    Body = Do->getBody();
  } else {
    return nullptr; // A range-for ends with its range.
  }
  bool AlwaysTrue = false;
  if (Condition && !Condition->isValueDependent() &&
      !Condition->EvaluateAsBooleanCondition(AlwaysTrue, AST))
    return Condition;
  if (Condition && !AlwaysTrue)
    return Condition;
  // `for (;;) { if (ready.load()) break; ... }`
  const auto *Block = dyn_cast_or_null<CompoundStmt>(Body);
  if (!Block)
    return nullptr;
  for (const Stmt *Child : Block->body()) {
    const auto *If = dyn_cast<IfStmt>(Child);
    if (!If)
      continue;
    const Stmt *Then = If->getThen();
    if (const auto *Braces = dyn_cast<CompoundStmt>(Then);
        Braces && Braces->size() == 1)
      Then = Braces->body_front();
    if (isa<BreakStmt, ReturnStmt, CoreturnStmt>(Then))
      return If->getCond();
  }
  return nullptr;
}

/// Whether \p E is an argument that its parameter can write through.
bool passedForWriting(const Expr *Argument, const FunctionDecl *Callee,
                      unsigned Index) {
  if (const auto *Unary = dyn_cast<UnaryOperator>(Argument->IgnoreParens());
      Unary && Unary->getOpcode() == UO_AddrOf)
    return true;
  if (!Callee || Index >= Callee->getNumParams())
    return true; // Variadic or unknown: assume it may.
  QualType Param = Callee->getParamDecl(Index)->getType();
  return Param->isReferenceType() &&
         !Param.getNonReferenceType().isConstQualified();
}

/// Whether the statements of a loop may change \p Flag.
class FlagWriters {
public:
  FlagWriters(const ValueDecl *Flag, const SourceManager &SM)
      : Flag(Flag), SM(SM) {}

  bool mayWrite(const Stmt *Code) const {
    return !walkStmts(Code, [&](const Stmt *S) {
      return writesDirectly(S) ? Walk::Stop : Walk::Into;
    });
  }

private:
  bool isFlag(const Expr *E) const { return E && namedDecl(E) == Flag; }

  /// Code of the project may change anything it can reach.
  bool callsProjectCode(const FunctionDecl *Callee) const {
    return !Callee || isProjectLocation(Callee->getLocation(), SM);
  }

  bool writesDirectly(const Stmt *S) const {
    if (const auto *Binary = dyn_cast<BinaryOperator>(S))
      return Binary->isAssignmentOp() && isFlag(Binary->getLHS());
    if (const auto *Unary = dyn_cast<UnaryOperator>(S))
      return (Unary->isIncrementDecrementOp() ||
              Unary->getOpcode() == UO_AddrOf) &&
             isFlag(Unary->getSubExpr());
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
      return callsProjectCode(Construct->getConstructor()) ||
             writesThroughArguments(Construct->getConstructor(),
                                    Construct->arguments());
    const auto *Call = dyn_cast<CallExpr>(S);
    if (!Call)
      return false;
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (callsProjectCode(Callee))
      return true;
    llvm::ArrayRef<const Expr *> Args(Call->getArgs(), Call->getNumArgs());
    const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
    const Expr *Object = nullptr;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      Object = Member->getImplicitObjectArgument();
    else if (isa<CXXOperatorCallExpr>(Call) && Method && !Args.empty()) {
      Object = Args.front();
      Args = Args.drop_front();
    }
    // `flag.store(true)`, `flag = true` on an atomic.
    if (Object && isFlag(Object) && Method && !Method->isConst())
      return true;
    return writesThroughArguments(Callee, Args);
  }

  template <typename Range>
  bool writesThroughArguments(const FunctionDecl *Callee,
                              const Range &Args) const {
    unsigned Index = 0;
    for (const Expr *Argument : Args) {
      // The flag itself, or its address.
      const Expr *Passed = Argument->IgnoreParenImpCasts();
      if (const auto *Unary = dyn_cast<UnaryOperator>(Passed);
          Unary && Unary->getOpcode() == UO_AddrOf)
        Passed = Unary->getSubExpr();
      if (isFlag(Passed) && passedForWriting(Argument, Callee, Index))
        return true;
      ++Index;
    }
    return false;
  }

  const ValueDecl *Flag;
  const SourceManager &SM;
};

/// The statements of \p Loop that run on every iteration.
llvm::SmallVector<const Stmt *, 2> loopCode(const Stmt *Loop) {
  if (const auto *For = dyn_cast<ForStmt>(Loop))
    return {For->getInc(), For->getBody()};
  if (const auto *While = dyn_cast<WhileStmt>(Loop))
    return {While->getBody()};
  if (const auto *Do = dyn_cast<DoStmt>(Loop))
    return {Do->getBody()};
  return {};
}

/// The compare-and-swap \p Condition makes, if any:
/// `a.compare_exchange_weak(expected, desired)` (std::atomic's and
/// boost::atomic's names for it).
const CXXMemberCallExpr *compareExchangeIn(const Stmt *Condition) {
  const CXXMemberCallExpr *Found = nullptr;
  walkStmts(Condition, [&](const Stmt *S) {
    if (isa<LambdaExpr>(S))
      return Walk::Over;
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S))
      if (const CXXMethodDecl *Method = Call->getMethodDecl();
          Method && Method->getIdentifier() &&
          Method->getName().starts_with("compare_exchange_") &&
          Call->getNumArgs() >= 2)
        Found = Call;
    return Found ? Walk::Stop : Walk::Into;
  });
  return Found;
}

/// Whether \p Loop retries a compare-and-swap until it wins: its exit
/// condition exchanges, and nothing in the loop resets the expected value,
/// which each failed exchange refreshes. Such a loop ends as soon as no
/// other thread changes the value in between; it waits for nobody. A loop
/// that resets the expected value (`expected = false;`, a spin lock) waits
/// for another thread to change it, and is not one.
bool retriesExchange(const Stmt *Loop, const Expr *Condition) {
  const CXXMemberCallExpr *Exchange = compareExchangeIn(Condition);
  if (!Exchange)
    return false;
  const ValueDecl *Expected = namedDecl(Exchange->getArg(0));
  if (!Expected)
    return false;
  llvm::DenseSet<const ValueDecl *> Writes;
  for (const Stmt *Part : loopCode(Loop))
    collectWrites(Part, Writes);
  return !Writes.count(Expected);
}

} // namespace

const Expr *spinFlag(const Stmt *Loop, const KnowledgeBase &Knowledge,
                     const ASTContext &AST) {
  const Expr *Condition = exitCondition(Loop, AST);
  const Expr *Flag = flagReadBy(Condition, Knowledge);
  if (!Flag || retriesExchange(Loop, Condition))
    return nullptr;
  FlagWriters Writers(namedDecl(Flag), AST.getSourceManager());
  for (const Stmt *Part : loopCode(Loop))
    if (Writers.mayWrite(Part))
      return nullptr;
  return Flag;
}

std::string describeFlag(const Expr *Flag) {
  const ValueDecl *Decl = namedDecl(Flag);
  return Decl ? "'" + Decl->getNameAsString() + "'" : "a flag";
}

} // namespace corolint
