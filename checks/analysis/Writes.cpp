//===--- Writes.cpp - What code may change --------------------------------===//

#include "analysis/Writes.h"
#include "analysis/Worklist.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace corolint {

void collectWrites(const Stmt *Code, llvm::DenseSet<const ValueDecl *> &Into) {
  // What an expression changes: the variable, or the member and every
  // object it is a member of (`rec.level = x` changes `rec` too).
  auto Note = [&](const Expr *E) {
    while (E) {
      E = E->IgnoreParenImpCasts();
      if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
        Into.insert(Ref->getDecl());
        return;
      }
      const auto *Member = dyn_cast<MemberExpr>(E);
      if (!Member)
        return;
      Into.insert(Member->getMemberDecl());
      E = Member->getBase();
    }
  };
  auto NoteReferenceArguments = [&](const FunctionDecl *Callee,
                                    llvm::ArrayRef<const Expr *> Args,
                                    unsigned Skip) {
    if (!Callee)
      return;
    for (unsigned Index = Skip; Index < Args.size(); ++Index) {
      unsigned Param = Index - Skip;
      if (Param >= Callee->getNumParams())
        break;
      QualType Type = Callee->getParamDecl(Param)->getType();
      if (Type->isLValueReferenceType() &&
          !Type->getPointeeType().isConstQualified())
        Note(Args[Index]);
    }
  };
  walkStmts(Code, [&](const Stmt *S) {
    if (const auto *Binary = dyn_cast<BinaryOperator>(S)) {
      if (Binary->isAssignmentOp())
        Note(Binary->getLHS());
    } else if (const auto *Unary = dyn_cast<UnaryOperator>(S)) {
      if (Unary->isIncrementDecrementOp() || Unary->getOpcode() == UO_AddrOf)
        Note(Unary->getSubExpr());
    } else if (const auto *Member = dyn_cast<CXXMemberCallExpr>(S)) {
      if (const CXXMethodDecl *Method = Member->getMethodDecl();
          Method && !Method->isConst())
        Note(Member->getImplicitObjectArgument());
      NoteReferenceArguments(
          Member->getDirectCallee(),
          llvm::ArrayRef(Member->getArgs(), Member->getNumArgs()), 0);
    } else if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(S)) {
      const auto *Method =
          dyn_cast_or_null<CXXMethodDecl>(Operator->getDirectCallee());
      if (Method && !Method->isConst() && Operator->getNumArgs() > 0)
        Note(Operator->getArg(0));
      NoteReferenceArguments(
          Operator->getDirectCallee(),
          llvm::ArrayRef(Operator->getArgs(), Operator->getNumArgs()),
          Method ? 1 : 0);
    } else if (const auto *Call = dyn_cast<CallExpr>(S)) {
      NoteReferenceArguments(
          Call->getDirectCallee(),
          llvm::ArrayRef(Call->getArgs(), Call->getNumArgs()), 0);
    } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
      NoteReferenceArguments(
          Construct->getConstructor(),
          llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs()), 0);
    }
    return Walk::Into;
  });
}

} // namespace corolint
