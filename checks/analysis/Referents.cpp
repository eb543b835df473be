//===--- Referents.cpp - What a reference argument refers to --------------===//

#include "analysis/Referents.h"
#include "analysis/DeclNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace corolint {

namespace {

/// Whether \p Type (not a reference) is one of the view classes.
bool isViewType(QualType Type, llvm::ArrayRef<std::string> ViewTypes) {
  const CXXRecordDecl *Class = Type->getAsCXXRecordDecl();
  if (!Class)
    return false;
  if (llvm::is_contained(ViewTypes, knowledgeName(Class)))
    return true;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Class))
    if (llvm::is_contained(ViewTypes,
                           knowledgeName(Spec->getSpecializedTemplate())))
      return true;
  return false;
}

/// Whether an object of class type \p Type owns what it gives access to: a
/// class that is no view and no pointer-like handle (smart pointers and
/// iterators have an `operator->`; what they point to lives elsewhere).
bool ownsItsData(QualType Type, llvm::ArrayRef<std::string> ViewTypes) {
  if (Type->isPointerType() || Type->isReferenceType())
    return false;
  if (Type->isArrayType())
    return true;
  const CXXRecordDecl *Class = Type->getAsCXXRecordDecl();
  if (!Class || !Class->hasDefinition() || isViewType(Type, ViewTypes))
    return false;
  for (const CXXMethodDecl *Method : Class->getDefinition()->methods())
    if (Method->getOverloadedOperator() == OO_Arrow)
      return false;
  return true;
}

/// \p E without parentheses, no-op and base-class casts, and the wrappers of
/// temporaries and default arguments.
const Expr *strip(const Expr *E) {
  while (true) {
    E = E->IgnoreParens();
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E);
        Cast && (Cast->getCastKind() == CK_NoOp ||
                 Cast->getCastKind() == CK_DerivedToBase ||
                 Cast->getCastKind() == CK_UncheckedDerivedToBase ||
                 Cast->getCastKind() == CK_LValueToRValue)) {
      E = Cast->getSubExpr();
      continue;
    }
    if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(E)) {
      E = Default->getExpr();
      continue;
    }
    if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E)) {
      E = Bind->getSubExpr();
      continue;
    }
    if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E)) {
      E = Cleanups->getSubExpr();
      continue;
    }
    return E;
  }
}

/// The local variable of \p Caller that the glvalue \p E designates: a
/// variable, or a member or element of one.
std::optional<Referent> localObject(const Expr *E, const FunctionDecl *Caller) {
  const Expr *Written = E;
  while (true) {
    E = strip(E);
    if (const auto *Member = dyn_cast<MemberExpr>(E);
        Member && !Member->isArrow() &&
        isa<FieldDecl>(Member->getMemberDecl())) {
      E = Member->getBase();
      continue;
    }
    if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E);
        Subscript &&
        Subscript->getBase()->IgnoreParenImpCasts()->getType()->isArrayType()) {
      E = Subscript->getBase()->IgnoreParenImpCasts();
      continue;
    }
    break;
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  if (!Ref || Ref->refersToEnclosingVariableOrCapture())
    return std::nullopt;
  const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
  if (!Var || !Var->hasLocalStorage() || Var->getType()->isReferenceType() ||
      Var->getDeclContext() != Caller)
    return std::nullopt;
  return Referent{Referent::Local, Written, Var};
}

/// What an object of class type that owns data refers to: a temporary, or
/// a local variable.
std::optional<Referent> ownerReferent(const Expr *E,
                                      llvm::ArrayRef<std::string> ViewTypes,
                                      const FunctionDecl *Caller) {
  const Expr *Bare = strip(E);
  if (!ownsItsData(Bare->getType().getNonReferenceType(), ViewTypes))
    return std::nullopt;
  if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(Bare))
    return Referent{Referent::Temporary, Temporary, nullptr};
  if (Bare->isPRValue() && Bare->getType()->isRecordType())
    return Referent{Referent::Temporary, Bare, nullptr};
  if (Bare->isGLValue())
    return localObject(Bare, Caller);
  return std::nullopt;
}

/// What a pointer argument points into.
std::optional<Referent> pointerReferent(const Expr *E,
                                        llvm::ArrayRef<std::string> ViewTypes,
                                        const FunctionDecl *Caller) {
  E = E->IgnoreParens();
  if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E)) {
    if (Cast->getCastKind() == CK_ArrayToPointerDecay) {
      if (isa<StringLiteral>(Cast->getSubExpr()->IgnoreParens()))
        return std::nullopt;
      return localObject(Cast->getSubExpr(), Caller);
    }
    if (Cast->getCastKind() == CK_NoOp ||
        Cast->getCastKind() == CK_DerivedToBase ||
        Cast->getCastKind() == CK_UncheckedDerivedToBase ||
        Cast->getCastKind() == CK_BitCast)
      return pointerReferent(Cast->getSubExpr(), ViewTypes, Caller);
    return std::nullopt;
  }
  if (const auto *Address = dyn_cast<UnaryOperator>(E);
      Address && Address->getOpcode() == UO_AddrOf)
    return localObject(Address->getSubExpr(), Caller);
  // A pointer into an object that owns it: `s.data()`,
  // `std::string(x).c_str()`.
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E))
    if (const Expr *Object = Member->getImplicitObjectArgument();
        Object && !Object->getType()->isPointerType())
      return ownerReferent(Object, ViewTypes, Caller);
  return std::nullopt;
}

/// What a view argument views.
std::optional<Referent> viewReferent(const Expr *E,
                                     llvm::ArrayRef<std::string> ViewTypes,
                                     const FunctionDecl *Caller) {
  // Through the copies and moves of the view itself.
  while (true) {
    E = strip(E);
    if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = Temporary->getSubExpr();
      continue;
    }
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E)) {
      E = Cast->getSubExpr();
      continue;
    }
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E);
        Cast && (Cast->getCastKind() == CK_ConstructorConversion ||
                 Cast->getCastKind() == CK_UserDefinedConversion)) {
      E = Cast->getSubExpr();
      continue;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
        Construct && Construct->getNumArgs() == 1 &&
        Construct->getConstructor()->isCopyOrMoveConstructor()) {
      E = Construct->getArg(0);
      continue;
    }
    break;
  }
  // Made from an owner by its conversion: `std::string` to `string_view`.
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E))
    if (isa_and_nonnull<CXXConversionDecl>(Member->getMethodDecl()))
      return ownerReferent(Member->getImplicitObjectArgument(), ViewTypes,
                           Caller);
  // Constructed from an owner, or from a pointer (and a length).
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
      Construct && Construct->getNumArgs() >= 1 &&
      !isa<CXXDefaultArgExpr>(Construct->getArg(0))) {
    const Expr *Source = Construct->getArg(0);
    if (Source->getType()->isPointerType())
      return pointerReferent(Source, ViewTypes, Caller);
    return ownerReferent(Source, ViewTypes, Caller);
  }
  return std::nullopt;
}

} // namespace

std::optional<ReferenceKind>
referenceKind(QualType Type, llvm::ArrayRef<std::string> ViewTypes) {
  if (Type.isNull())
    return std::nullopt;
  if (Type->isReferenceType())
    return ReferenceKind::Reference;
  if (const auto *Pointer = Type->getAs<PointerType>()) {
    if (Pointer->getPointeeType()->isFunctionType())
      return std::nullopt;
    return ReferenceKind::Pointer;
  }
  if (isViewType(Type, ViewTypes))
    return ReferenceKind::View;
  return std::nullopt;
}

std::optional<Referent> referentOf(const Expr *Arg, ReferenceKind Kind,
                                   llvm::ArrayRef<std::string> ViewTypes,
                                   const FunctionDecl *Caller) {
  switch (Kind) {
  case ReferenceKind::Reference:
    return objectReferentOf(Arg, ViewTypes, Caller);
  case ReferenceKind::View:
    return viewReferent(Arg, ViewTypes, Caller);
  case ReferenceKind::Pointer:
    return pointerReferent(strip(Arg), ViewTypes, Caller);
  }
  return std::nullopt;
}

std::optional<Referent> objectReferentOf(const Expr *Object,
                                         llvm::ArrayRef<std::string> ViewTypes,
                                         const FunctionDecl *Caller) {
  const Expr *Bare = strip(Object);
  if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(Bare)) {
    // A string literal's array, or a constant the compiler made static.
    if (Temporary->getStorageDuration() != SD_FullExpression)
      return std::nullopt;
    return Referent{Referent::Temporary, Temporary, nullptr};
  }
  if (Bare->isGLValue())
    return localObject(Bare, Caller);
  return std::nullopt;
}

} // namespace corolint
