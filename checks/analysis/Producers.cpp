//===--- Producers.cpp - The calls a result can come from -----------------===//

#include "analysis/Producers.h"
#include "analysis/DiscardedExprs.h"
#include "analysis/Readiness.h"
#include "analysis/Worklist.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace corolint {

namespace {

/// Collects the values stored into a local variable (or container) \p Var
/// in the code passed to collect(); clears Known on any other change it
/// cannot follow.
class StoreCollector {
public:
  explicit StoreCollector(const VarDecl *Var) : Var(Var) {}

  llvm::SmallVector<const Expr *, 4> Stored;
  bool Known = true;

  void collect(const Stmt *Code) {
    if (!Code)
      return;
    Worklist<const Stmt *> Work;
    Work.then(Code);
    Work.run([&](const Stmt *S) {
      step(S, Work);
      return Known;
    });
  }

private:
  void step(const Stmt *S, Worklist<const Stmt *> &Work) {
    if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
      for (const LambdaCapture &Capture : Lambda->captures())
        if (Capture.capturesVariable() && Capture.getCapturedVar() == Var &&
            Capture.getCaptureKind() == LCK_ByRef)
          Known = false;
    } else if (const auto *Alias = dyn_cast_or_null<VarDecl>(
                   isa<DeclStmt>(S) && cast<DeclStmt>(S)->isSingleDecl()
                       ? cast<DeclStmt>(S)->getSingleDecl()
                       : nullptr);
               Alias && Alias->getType()->isReferenceType() &&
               !Alias->getType().getNonReferenceType().isConstQualified() &&
               resultVariable(Alias->getInit()) == Var) {
      Known = false;
    } else if (const Expr *Value = storedValue(S)) {
      Stored.push_back(Value);
      return Work.then(Value); // Only what is stored, not where.
    } else if (passesOn(S)) {
      Known = false;
    }
    for (const Stmt *Child : S->children())
      if (Child)
        Work.then(Child);
  }

  /// The value \p S stores into Var, if it is an assignment to it or an
  /// insertion of one element into it.
  const Expr *storedValue(const Stmt *S) {
    if (const auto *Assign = dyn_cast<BinaryOperator>(S);
        Assign && Assign->getOpcode() == BO_Assign &&
        resultVariable(Assign->getLHS()) == Var)
      return Assign->getRHS();
    if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(S);
        Operator && Operator->getOperator() == OO_Equal &&
        resultVariable(Operator->getArg(0)) == Var)
      return Operator->getArg(1);
    const auto *Member = dyn_cast<CXXMemberCallExpr>(S);
    const CXXMethodDecl *Method = Member ? Member->getMethodDecl() : nullptr;
    if (!Method || !Method->getIdentifier() ||
        resultVariable(Member->getImplicitObjectArgument()) != Var)
      return nullptr;
    llvm::StringRef Name = Method->getName();
    unsigned Arguments = Member->getNumArgs();
    if ((Name == "push_back" || Name == "emplace_back" ||
         Name == "push_front" || Name == "emplace_front") &&
        Arguments == 1)
      return Member->getArg(0);
    if ((Name == "emplace" || Name == "insert") && Arguments == 2)
      return Member->getArg(1); // After the position.
    return nullptr;
  }

  /// Whether \p S hands Var to code that may change it out of sight: a
  /// non-const reference or pointer argument, or a member that replaces its
  /// contents wholesale.
  bool passesOn(const Stmt *S) {
    if (const auto *AddressOf = dyn_cast<UnaryOperator>(S);
        AddressOf && AddressOf->getOpcode() == UO_AddrOf &&
        resultVariable(AddressOf->getSubExpr()) == Var)
      return true;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(S);
        Member && resultVariable(Member->getImplicitObjectArgument()) == Var) {
      const CXXMethodDecl *Method = Member->getMethodDecl();
      return Method && Method->getIdentifier() &&
             (Method->getName() == "swap" || Method->getName() == "assign" ||
              Method->getName() == "insert" || Method->getName() == "emplace" ||
              Method->getName() == "push_back" ||
              Method->getName() == "emplace_back");
    }
    const auto *Call = dyn_cast<CallExpr>(S);
    const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
    if (!Call || isa<CXXMemberCallExpr>(Call))
      return false;
    unsigned Shift =
        isa<CXXOperatorCallExpr>(Call) && isa_and_nonnull<CXXMethodDecl>(Callee)
            ? 1
            : 0;
    for (unsigned Index = 0; Index < Call->getNumArgs(); ++Index) {
      if (resultVariable(Call->getArg(Index)) != Var)
        continue;
      if (!Callee)
        return true;
      if (Shift && Index == 0)
        continue; // The object of a member operator: `results[i]`.
      if (Index - Shift >= Callee->getNumParams())
        return true; // Variadic.
      QualType Param = Callee->getParamDecl(Index - Shift)->getType();
      if (Param->isReferenceType() &&
          !Param.getNonReferenceType().isConstQualified() &&
          !Param->isRValueReferenceType())
        return true;
    }
    return false;
  }

  const VarDecl *Var;
};

} // namespace

llvm::SmallVector<const Expr *, 4> producersOf(const Expr *Awaited) {
  const Expr *Source = containerOf(Awaited);
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Source);
  if (!Ref)
    return {Source};
  const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
  const auto *Function =
      Var ? dyn_cast<FunctionDecl>(Var->getDeclContext()) : nullptr;
  if (!Var || isa<ParmVarDecl>(Var) || !Var->hasLocalStorage() || !Function ||
      !Function->getBody())
    return {};
  StoreCollector Stores(Var);
  if (const Expr *Init = Var->getInit();
      Init && !isa<CXXConstructExpr>(Init->IgnoreImplicit()))
    Stores.Stored.push_back(Init);
  else if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(
               Init ? Init->IgnoreImplicit() : nullptr);
           Construct && Construct->getNumArgs() > 0)
    Stores.Stored.push_back(Construct);
  Stores.collect(Function->getBody());
  if (!Stores.Known)
    return {};
  return Stores.Stored;
}

} // namespace corolint
