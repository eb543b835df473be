//===--- CallableWrappers.cpp - Callables and what calling them gives -----===//

#include "analysis/CallableWrappers.h"
#include "analysis/DeclNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace corolint {

bool isVoidCallbackWrapper(QualType Type, const KnowledgeBase &Knowledge) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Type.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec)
    return false;
  // The shape first (a `void(...)` signature as first argument), which is
  // cheap; the name, which is built as a string, only for those.
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
    return false;
  const auto *Signature = Args[0].getAsType()->getAs<FunctionType>();
  return Signature && Signature->getReturnType()->isVoidType() &&
         Knowledge.isCallbackWrapper(knowledgeName(Spec));
}

QualType callResultType(QualType Callable) {
  QualType Type = Callable.getNonReferenceType();
  if (const auto *Pointer = Type->getAs<PointerType>())
    Type = Pointer->getPointeeType();
  if (const auto *Function = Type->getAs<FunctionType>())
    return Function->getReturnType();

  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  if (!Record || !Record->hasDefinition())
    return QualType();
  if (Record->isLambda()) {
    const CXXMethodDecl *CallOperator = Record->getLambdaCallOperator();
    return CallOperator ? CallOperator->getReturnType() : QualType();
  }
  DeclarationName Call =
      Record->getASTContext().DeclarationNames.getCXXOperatorName(OO_Call);
  auto Candidates = Record->lookup(Call);
  if (Candidates.empty() || std::next(Candidates.begin()) != Candidates.end())
    return QualType(); // None, or overloaded: no single answer.
  const FunctionDecl *Operator = (*Candidates.begin())->getAsFunction();
  if (!Operator || Operator->getReturnType()->isDependentType())
    return QualType();
  return Operator->getReturnType();
}

} // namespace corolint
