//===--- TaskTypes.cpp - Which types are coroutine tasks ------------------===//

#include "analysis/TaskTypes.h"
#include "analysis/DeclNames.h"
#include "analysis/OptionLists.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace corolint {

bool TaskTypeInfo::isAwaitableFrom(const TaskTypeInfo &Coroutine) const {
  if (!Framework.empty())
    return Framework == Coroutine.Framework;
  return InferredFrom && InferredFrom == Coroutine.InferredFrom;
}

TaskTypeClassifier::TaskTypeClassifier(const KnowledgeBase &Knowledge,
                                       llvm::ArrayRef<TaskTypeEntry> Extra,
                                       llvm::ArrayRef<std::string> Ignored)
    : Knowledge(Knowledge) {
  for (const TaskTypeEntry &Entry : Extra)
    ExtraTaskTypes[Entry.Name] = Entry;
  for (const std::string &Name : Ignored)
    IgnoredTaskTypes.insert(Name);
}

TaskTypeClassifier::NameMatch
TaskTypeClassifier::lookup(const NamedDecl *D, TaskTypeInfo &Info,
                           bool HonourIgnored) const {
  std::string Name = knowledgeName(D);
  if (Name.empty())
    return NameMatch::None;
  if (HonourIgnored && IgnoredTaskTypes.contains(Name))
    return NameMatch::Ignored;
  auto Extra = ExtraTaskTypes.find(Name);
  if (Extra != ExtraTaskTypes.end()) {
    Info.Entry = &Extra->second;
    Info.Laziness = Extra->second.Laziness;
    Info.Framework = "user";
    return NameMatch::Task;
  }
  if (const KnownTaskType *Known = Knowledge.findTaskType(Name)) {
    Info.Entry = Known->Entry;
    Info.Laziness = Known->Entry->Laziness;
    Info.Framework = Known->Framework;
    return NameMatch::Task;
  }
  return NameMatch::None;
}

/// The declaration a level of type sugar names, if any.
static const NamedDecl *namedDeclOf(const Type *T) {
  if (const auto *Spec = dyn_cast<TemplateSpecializationType>(T))
    return Spec->getTemplateName().getAsTemplateDecl();
  if (const auto *Typedef = dyn_cast<TypedefType>(T))
    return Typedef->getDecl();
  if (const auto *Record = dyn_cast<RecordType>(T))
    return Record->getDecl();
  if (const auto *Injected = dyn_cast<InjectedClassNameType>(T))
    return Injected->getDecl();
  return nullptr;
}

static const CXXRecordDecl *findMemberClass(const CXXRecordDecl *Record,
                                            llvm::StringRef Name) {
  for (const NamedDecl *Member :
       Record->lookup(&Record->getASTContext().Idents.get(Name))) {
    if (const auto *Class = dyn_cast<CXXRecordDecl>(Member))
      return Class;
    if (const auto *Alias = dyn_cast<TypedefNameDecl>(Member))
      return Alias->getUnderlyingType()->getAsCXXRecordDecl();
  }
  return nullptr;
}

static bool hasMember(const CXXRecordDecl *Record, DeclarationName Name) {
  return !Record->lookup(Name).empty();
}

static bool hasMember(const CXXRecordDecl *Record, llvm::StringRef Name) {
  return hasMember(Record, &Record->getASTContext().Idents.get(Name));
}

/// The definition to read members from: a member class of a class template
/// specialization, or a specialization of a class template (a promise_type
/// that is an alias of `TaskPromise<T>`), may be declared but not yet
/// instantiated, and then its pattern says the same thing about the members
/// we look for.
static const CXXRecordDecl *readableDefinition(const CXXRecordDecl *Record) {
  if (!Record)
    return nullptr;
  if (const CXXRecordDecl *Definition = Record->getDefinition())
    return Definition;
  if (const CXXRecordDecl *Pattern = Record->getInstantiatedFromMemberClass())
    return Pattern->getDefinition();
  // Which partial specialization applies is decided at instantiation; before
  // it, only the primary template is known to be the pattern.
  const auto *Specialization =
      dyn_cast<ClassTemplateSpecializationDecl>(Record);
  if (!Specialization ||
      Specialization->getSpecializationKind() != TSK_Undeclared)
    return nullptr;
  const ClassTemplateDecl *Template = Specialization->getSpecializedTemplate();
  llvm::SmallVector<ClassTemplatePartialSpecializationDecl *, 2> Partials;
  Template->getPartialSpecializations(Partials);
  return Partials.empty() ? Template->getTemplatedDecl()->getDefinition()
                          : nullptr;
}

static bool isAwaitable(const CXXRecordDecl *Record) {
  ASTContext &Ctx = Record->getASTContext();
  DeclarationName CoAwait = Ctx.DeclarationNames.getCXXOperatorName(OO_Coawait);
  if (hasMember(Record, CoAwait))
    return true;
  if (hasMember(Record, "await_ready") && hasMember(Record, "await_suspend") &&
      hasMember(Record, "await_resume"))
    return true;
  // A non-member operator co_await is found by argument-dependent lookup, so
  // it lives in the class's own namespace.
  const DeclContext *Namespace = Record->getDeclContext()->getRedeclContext();
  for (const NamedDecl *Candidate : Namespace->lookup(CoAwait)) {
    const FunctionDecl *Function = Candidate->getAsFunction();
    if (!Function || Function->getNumParams() != 1)
      continue;
    QualType Param = Function->getParamDecl(0)->getType().getNonReferenceType();
    const CXXRecordDecl *ParamRecord = Param->getAsCXXRecordDecl();
    if (ParamRecord &&
        ParamRecord->getCanonicalDecl() == Record->getCanonicalDecl())
      return true;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Record))
      if (const auto *ParamSpec = Param->getAs<TemplateSpecializationType>())
        if (ParamSpec->getTemplateName().getAsTemplateDecl() ==
            Spec->getSpecializedTemplate())
          return true;
  }
  return false;
}

/// Lazy if the promise's initial_suspend() returns std::suspend_always, eager
/// if std::suspend_never, unknown otherwise.
static std::optional<TaskLaziness>
lazinessFromPromise(const CXXRecordDecl *Promise) {
  if (!Promise)
    return std::nullopt;
  for (const NamedDecl *Member : Promise->lookup(
           &Promise->getASTContext().Idents.get("initial_suspend"))) {
    const auto *Method =
        dyn_cast_or_null<FunctionDecl>(Member->getAsFunction());
    if (!Method)
      continue;
    std::string Returned =
        knowledgeName(Method->getReturnType()->getAsCXXRecordDecl());
    if (Returned == "std::suspend_always")
      return TaskLaziness::Lazy;
    if (Returned == "std::suspend_never")
      return TaskLaziness::Eager;
  }
  return std::nullopt;
}

std::optional<TaskTypeInfo>
TaskTypeClassifier::classify(QualType Type, const ASTContext &Context) {
  return classifyCached(Type, Context, /*HonourIgnored=*/true, Cache);
}

std::optional<TaskTypeInfo>
TaskTypeClassifier::classifyCoroutineReturn(QualType Type,
                                            const ASTContext &Context) {
  return classifyCached(Type, Context, /*HonourIgnored=*/false,
                        CoroutineReturnCache);
}

std::optional<TaskTypeInfo>
TaskTypeClassifier::classifyCached(QualType Type, const ASTContext &Context,
                                   bool HonourIgnored, CacheMap &Cache) {
  if (Type.isNull())
    return std::nullopt;
  const clang::Type *Key = Type.getTypePtr();
  auto It = Cache.find(Key);
  if (It != Cache.end())
    return It->second;
  std::optional<TaskTypeInfo> Result =
      classifyUncached(Type, Context, HonourIgnored);
  Cache[Key] = Result;
  return Result;
}

std::optional<TaskTypeInfo>
TaskTypeClassifier::classifyUncached(QualType Type, const ASTContext &Context,
                                     bool HonourIgnored) {
  TaskTypeInfo Info;
  // Knowledge first, at every level of sugar: `exec::task<int>` is written as
  // an alias of `exec::basic_task<int, ...>`; either name may be listed.
  for (QualType Current = Type.getNonReferenceType();;) {
    if (const NamedDecl *Named = namedDeclOf(Current.getTypePtr())) {
      switch (lookup(Named, Info, HonourIgnored)) {
      case NameMatch::Task:
        return Info;
      case NameMatch::Ignored:
        return std::nullopt;
      case NameMatch::None:
        break;
      }
    }
    QualType Next = Current.getSingleStepDesugaredType(Context);
    if (Next == Current)
      break;
    Current = Next;
  }

  // Inference: a class with a nested promise_type that can be awaited.
  if (Type->isDependentType())
    return std::nullopt;
  const CXXRecordDecl *Record = readableDefinition(Type->getAsCXXRecordDecl());
  if (!Record || Record->isLambda())
    return std::nullopt;
  const CXXRecordDecl *Promise =
      readableDefinition(findMemberClass(Record, "promise_type"));
  if (!Promise || !isAwaitable(Record))
    return std::nullopt;
  Info.Laziness = lazinessFromPromise(Promise);
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Record))
    Info.InferredFrom = Spec->getSpecializedTemplate()->getCanonicalDecl();
  else
    Info.InferredFrom = Record->getCanonicalDecl();
  return Info;
}

std::optional<bool> hasVoidResult(QualType TaskType) {
  const CXXRecordDecl *Record = TaskType->getAsCXXRecordDecl();
  // The result type is the first argument of the innermost class template
  // specialization: `awaitable<void, executor>`, `_task<void>::type`.
  for (const DeclContext *Ctx = Record; Ctx; Ctx = Ctx->getParent()) {
    const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Ctx);
    if (!Spec)
      continue;
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
      break;
    return Args[0].getAsType()->isVoidType();
  }
  if (!Record)
    return std::nullopt;
  const CXXRecordDecl *Promise = readableDefinition(
      findMemberClass(readableDefinition(Record), "promise_type"));
  if (Promise && hasMember(Promise, "return_void"))
    return true;
  if (Promise && hasMember(Promise, "return_value"))
    return false;
  return std::nullopt;
}

bool isPlainAwaiter(QualType Type) {
  const CXXRecordDecl *Record = readableDefinition(Type->getAsCXXRecordDecl());
  if (!Record || Record->isLambda() || findMemberClass(Record, "promise_type"))
    return false;
  if (isAwaitable(Record))
    return true;
  bool Inherited = false;
  Record->forallBases([&](const CXXRecordDecl *Base) {
    Inherited = Inherited || isAwaitable(Base);
    return true;
  });
  return Inherited;
}

std::vector<TaskTypeEntry> parseTaskTypesOption(llvm::StringRef Value,
                                                std::string &Errors) {
  std::vector<TaskTypeEntry> Entries;
  for (const std::string &Item : splitOptionList(Value)) {
    auto [Name, Kind] = llvm::StringRef(Item).split('=');
    TaskTypeEntry Entry;
    Entry.Name = Name.trim().str();
    Kind = Kind.trim();
    if (Kind.empty() || Kind == "lazy")
      Entry.Laziness = TaskLaziness::Lazy;
    else if (Kind == "eager")
      Entry.Laziness = TaskLaziness::Eager;
    else {
      Errors +=
          "'" + Item + "': the kind after '=' must be 'lazy' or 'eager'; ";
      continue;
    }
    if (!Entry.Name.empty())
      Entries.push_back(std::move(Entry));
  }
  return Entries;
}

} // namespace corolint
