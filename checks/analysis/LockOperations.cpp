//===--- LockOperations.cpp - What a statement does to a lock -------------===//

#include "analysis/LockOperations.h"
#include "analysis/DeclNames.h"
#include "analysis/DiscardedExprs.h"
#include "analysis/KnownCalls.h"
#include "analysis/Worklist.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;

namespace corolint {

namespace {

/// What the members of the Lockable and SharedLockable requirements (and
/// `release`, which lets a guard go of its mutex) do to the lock.
std::optional<LockEffect> lockableMemberEffect(const CXXMethodDecl *Method) {
  if (Method->hasAttr<AcquireCapabilityAttr>())
    return LockEffect::Take;
  if (Method->hasAttr<ReleaseCapabilityAttr>())
    return LockEffect::Release;
  if (Method->hasAttr<TryAcquireCapabilityAttr>())
    return LockEffect::Unknown;
  if (!Method->getIdentifier())
    return std::nullopt;
  // One .Case each: LLVM 22 deprecates the variadic .Cases that 19 has.
  return llvm::StringSwitch<std::optional<LockEffect>>(Method->getName())
      .Case("lock", LockEffect::Take)
      .Case("lock_shared", LockEffect::Take)
      .Case("unlock", LockEffect::Release)
      .Case("unlock_shared", LockEffect::Release)
      .Case("release", LockEffect::Release)
      .StartsWith("try_lock", LockEffect::Unknown)
      .Case("swap", LockEffect::Unknown)
      .Default(std::nullopt);
}

/// The class a guard type names, also as written in a template (where
/// `std::lock_guard<Mutex>` is a dependent specialization).
const CXXRecordDecl *classOf(QualType Type) {
  Type = Type.getNonReferenceType();
  if (const CXXRecordDecl *Record = Type->getAsCXXRecordDecl())
    return Record;
  if (const auto *Specialization = Type->getAs<TemplateSpecializationType>())
    if (const auto *Template = dyn_cast_or_null<ClassTemplateDecl>(
            Specialization->getTemplateName().getAsTemplateDecl()))
      return Template->getTemplatedDecl();
  return nullptr;
}

/// Whether \p Record is marked `[[clang::scoped_lockable]]`.
bool isScopedLockable(const CXXRecordDecl *Record) {
  if (const CXXRecordDecl *Definition = Record->getDefinition())
    Record = Definition;
  if (const auto *Specialization =
          dyn_cast<ClassTemplateSpecializationDecl>(Record))
    if (Specialization->getSpecializedTemplate()
            ->getTemplatedDecl()
            ->hasAttr<ScopedLockableAttr>())
      return true;
  return Record->hasAttr<ScopedLockableAttr>();
}

/// What constructing a scoped_lockable class with \p Constructor does: a
/// class whose constructors say which acquire (Clang's thread-safety
/// attributes) is taken at its word; one that says nothing locks in each.
LockEffect scopedLockableConstruction(const CXXConstructorDecl *Constructor) {
  if (Constructor->hasAttr<AcquireCapabilityAttr>())
    return LockEffect::Take;
  bool Annotated = llvm::any_of(
      Constructor->getParent()->ctors(), [](const CXXConstructorDecl *Other) {
        return Other->hasAttr<AcquireCapabilityAttr>();
      });
  return Annotated ? LockEffect::Unknown : LockEffect::Take;
}

/// Whether \p Root (not counting the lambdas in it) has a suspension point.
bool hasSuspension(const Stmt *Root) {
  return !walkStmts(Root, [](const Stmt *S) {
    if (isa<LambdaExpr>(S))
      return Walk::Over;
    return isa<CoroutineSuspendExpr, DependentCoawaitExpr>(S) ? Walk::Stop
                                                              : Walk::Into;
  });
}

/// The arguments of a guard's initialiser, if it constructs the guard.
std::optional<llvm::ArrayRef<const Expr *>>
constructionArguments(const Expr *Init) {
  Init = Init->IgnoreImplicit();
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Init))
    Init = Cast->getSubExpr()->IgnoreImplicit();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init))
    return llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs());
  if (const auto *Unresolved = dyn_cast<CXXUnresolvedConstructExpr>(Init))
    return llvm::ArrayRef(Unresolved->arg_begin(), Unresolved->arg_end());
  if (const auto *List = dyn_cast<ParenListExpr>(Init))
    return llvm::ArrayRef<const Expr *>(
        const_cast<ParenListExpr *>(List)->getExprs(), List->getNumExprs());
  if (const auto *List = dyn_cast<InitListExpr>(Init))
    return llvm::ArrayRef(List->getInits(), List->getNumInits());
  return std::nullopt;
}

llvm::ArrayRef<const Expr *> callArguments(const Stmt *S) {
  if (const auto *Call = dyn_cast<CallExpr>(S))
    return llvm::ArrayRef(Call->getArgs(), Call->getNumArgs());
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
    return llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs());
  return {};
}

} // namespace

const ValueDecl *lockHolderOf(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(Ref->getDecl());
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    if (isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
      return dyn_cast<FieldDecl>(Member->getMemberDecl());
  return nullptr;
}

bool LockOperations::isGuard(QualType Type) const {
  const CXXRecordDecl *Record = classOf(Type);
  return Record && (Knowledge.findLockGuard(knowledgeName(Record)) ||
                    isScopedLockable(Record));
}

bool LockOperations::isAsyncMutex(QualType Type) const {
  const CXXRecordDecl *Record = classOf(Type);
  return Record && isAsyncMutexClass(Record);
}

bool LockOperations::isAsyncMutexClass(const CXXRecordDecl *Record) const {
  if (Knowledge.findAsyncMutex(knowledgeName(Record)))
    return true;
  // A mutex whose lock() returns an awaitable (`coro::mutex`).
  for (const NamedDecl *Found :
       Record->lookup(&Record->getASTContext().Idents.get("lock")))
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Found);
        Method && !Method->getReturnType()->isVoidType() &&
        !Method->getReturnType()->isDependentType())
      return true;
  // A guard over one: `std::unique_lock<folly::coro::Mutex>`.
  if (const auto *Specialization =
          dyn_cast<ClassTemplateSpecializationDecl>(Record))
    for (const TemplateArgument &Argument :
         Specialization->getTemplateArgs().asArray())
      if (Argument.getKind() == TemplateArgument::Type &&
          isAsyncMutex(Argument.getAsType()))
        return true;
  return false;
}

bool LockOperations::takesMutex(const CXXMethodDecl *Method) const {
  if (Method->hasAttr<AcquireCapabilityAttr>())
    return true;
  std::optional<LockEffect> Effect = lockableMemberEffect(Method);
  if (Effect != LockEffect::Take || Method->getNumParams() != 0 ||
      !Method->getReturnType()->isVoidType())
    return false;
  const CXXRecordDecl *Class = Method->getParent();
  llvm::StringRef Unlock =
      Method->getName() == "lock_shared" ? "unlock_shared" : "unlock";
  return !Class->lookup(&Class->getASTContext().Idents.get(Unlock)).empty() &&
         !isAsyncMutexClass(Class);
}

std::optional<LockOperation>
LockOperations::declaredGuard(const VarDecl *Var) const {
  const Expr *Init = Var->getInit();
  if (!Init || Var->getType()->isReferenceType() || !isGuard(Var->getType()) ||
      isAsyncMutex(Var->getType()) || hasSuspension(Init))
    return std::nullopt;
  LockOperation Operation{Var, LockEffect::Unknown, {}, /*ByGuard=*/true};
  std::optional<llvm::ArrayRef<const Expr *>> Arguments =
      constructionArguments(Init);
  // A guard returned by a call, or copied or moved from another, may hold
  // anything.
  if (!Arguments)
    return Operation;
  const Known<LockGuardEntry> *Entry =
      Knowledge.findLockGuard(knowledgeName(classOf(Var->getType())));
  // A default-constructed standard guard holds nothing; a scoped_lockable
  // class may lock in its default constructor.
  if (Entry && Arguments->empty())
    return std::nullopt;
  if (const auto *Construct =
          dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit());
      Construct && Construct->getConstructor()->isCopyOrMoveConstructor())
    return Operation;

  bool Tagged = false, Holds = true;
  for (const Expr *Argument : *Arguments) {
    QualType Type = Argument->getType();
    if (Entry && typeMentionsOneOf(Type, Entry->Item->NotWith)) {
      Tagged = true;
      Holds = Holds && typeMentionsOneOf(Type, Entry->Item->HoldsWith);
      continue;
    }
    if (isAsyncMutex(Type))
      return std::nullopt;
    Operation.Mutexes.push_back(Argument);
  }
  if (Entry)
    Operation.Effect =
        !Tagged || Holds ? LockEffect::Take : LockEffect::Unknown;
  else if (const auto *Construct =
               dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit()))
    Operation.Effect = scopedLockableConstruction(Construct->getConstructor());
  return Operation;
}

std::optional<LockOperation>
LockOperations::memberCall(const CXXMemberCallExpr *Call) const {
  const CXXMethodDecl *Method = Call->getMethodDecl();
  const Expr *Object = Call->getImplicitObjectArgument();
  const ValueDecl *Holder = Object ? lockHolderOf(Object) : nullptr;
  if (!Method || !Holder)
    return std::nullopt;
  std::optional<LockEffect> Effect = lockableMemberEffect(Method);
  if (isGuard(Object->getType())) {
    // Any other member that may change the guard leaves it unknown.
    if (!Effect && !Method->isConst())
      Effect = LockEffect::Unknown;
    if (!Effect)
      return std::nullopt;
    return LockOperation{Holder, *Effect, {}, /*ByGuard=*/true};
  }
  if (!Effect || (*Effect == LockEffect::Take && !takesMutex(Method)) ||
      isAsyncMutex(Object->getType()))
    return std::nullopt;
  LockOperation Operation{Holder, *Effect, {}, /*ByGuard=*/false};
  if (*Effect == LockEffect::Take)
    Operation.Mutexes.push_back(Object);
  return Operation;
}

llvm::SmallVector<LockOperation, 1> LockOperations::of(const Stmt *S) const {
  llvm::SmallVector<LockOperation, 1> Operations;
  if (const auto *Declarations = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : Declarations->decls())
      if (const auto *Var = dyn_cast<VarDecl>(D))
        if (std::optional<LockOperation> Guard = declaredGuard(Var))
          Operations.push_back(std::move(*Guard));
    return Operations;
  }
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S))
    if (std::optional<LockOperation> Member = memberCall(Call))
      Operations.push_back(std::move(*Member));
  // A guard moved away holds nothing; a lock passed where it may be changed
  // (`cv.wait(lk)`, `std::lock_guard g(m, std::adopt_lock)`, `&lk`) may.
  if (const auto *Call = dyn_cast<CallExpr>(S); Call && isMoveOrForward(Call)) {
    const ValueDecl *Holder = lockHolderOf(Call->getArg(0));
    if (Holder && isGuard(Holder->getType()))
      Operations.push_back(
          LockOperation{Holder, LockEffect::Release, {}, /*ByGuard=*/true});
    return Operations;
  }
  for (const Expr *Argument : callArguments(S)) {
    // A const argument has a cast to const around it; `&lk` is its own
    // statement, below.
    const Expr *Passed = Argument->IgnoreParens();
    if (Passed->getType().isConstQualified())
      continue;
    if (const ValueDecl *Holder = lockHolderOf(Passed))
      Operations.push_back(
          LockOperation{Holder, LockEffect::Unknown, {}, /*ByGuard=*/false});
  }
  if (const auto *AddressOf = dyn_cast<UnaryOperator>(S);
      AddressOf && AddressOf->getOpcode() == UO_AddrOf)
    if (const ValueDecl *Holder = lockHolderOf(AddressOf->getSubExpr()))
      Operations.push_back(
          LockOperation{Holder, LockEffect::Unknown, {}, /*ByGuard=*/false});
  return Operations;
}

bool LockOperations::takesLock(const Stmt *S) const {
  if (const auto *Declarations = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : Declarations->decls())
      if (const auto *Var = dyn_cast<VarDecl>(D);
          Var && !Var->getType()->isReferenceType() && isGuard(Var->getType()))
        return true;
  } else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S)) {
    if (const CXXMethodDecl *Method = Call->getMethodDecl();
        Method && takesMutex(Method))
      return true;
  }
  return false;
}

} // namespace corolint
