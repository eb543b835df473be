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

} // namespace corolint::compat
