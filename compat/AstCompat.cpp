//===--- AstCompat.cpp - Clang AST APIs that differ across LLVMs ----------===//

#include "compat/AstCompat.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/NestedNameSpecifier.h"
#include "llvm/Config/llvm-config.h"

namespace corolint::compat {

using namespace clang;

const NamespaceDecl *qualifierNamespace(const DeclRefExpr &Ref) {
#if LLVM_VERSION_MAJOR >= 22
  NestedNameSpecifier Qualifier = Ref.getQualifier();
  if (Qualifier.getKind() != NestedNameSpecifier::Kind::Namespace)
    return nullptr;
  return Qualifier.getAsNamespaceAndPrefix().Namespace->getNamespace();
#else
  const NestedNameSpecifier *Qualifier = Ref.getQualifier();
  if (!Qualifier)
    return nullptr;
  if (Qualifier->getKind() == NestedNameSpecifier::Namespace)
    return Qualifier->getAsNamespace();
  if (Qualifier->getKind() == NestedNameSpecifier::NamespaceAlias)
    return Qualifier->getAsNamespaceAlias()->getNamespace();
  return nullptr;
#endif
}

const clang::Expr *writtenOperand(const clang::CoroutineSuspendExpr &Suspend) {
  const clang::Expr *Operand = Suspend.getOperand();
  if (!Operand)
    return nullptr;
  if (const auto *Transform =
          llvm::dyn_cast<clang::CXXMemberCallExpr>(Operand->IgnoreImplicit());
      Transform && Transform->getNumArgs() == 1 && Transform->getMethodDecl() &&
      Transform->getMethodDecl()->getIdentifier() &&
      Transform->getMethodDecl()->getName() == "await_transform" &&
      Transform->getBeginLoc() == Transform->getArg(0)->getBeginLoc())
    return Transform->getArg(0);
  return Operand;
}

} // namespace corolint::compat
