//===--- KnownCalls.cpp - Calls as the knowledge files name them ----------===//

#include "analysis/KnownCalls.h"
#include "analysis/DeclNames.h"
#include "analysis/DiscardedExprs.h"
#include "analysis/Worklist.h"
#include "compat/AstCompat.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace corolint {

namespace {

/// The last component of the name a knowledge entry would give \p Callee.
std::string simpleName(const FunctionDecl *Callee) {
  if (const auto *Constructor = dyn_cast<CXXConstructorDecl>(Callee))
    return Constructor->getParent()->getName().str();
  if (Callee->getIdentifier())
    return Callee->getName().str();
  if (Callee->isOverloadedOperator())
    return std::string("operator") +
           getOperatorSpelling(Callee->getOverloadedOperator());
  return "";
}

/// `knowledgeName` of a function, spelling operators as `Class::operator>>`.
std::string functionName(const FunctionDecl *Callee) {
  if (Callee->getIdentifier())
    return knowledgeName(Callee);
  if (const auto *Constructor = dyn_cast<CXXConstructorDecl>(Callee)) {
    std::string Class = knowledgeName(Constructor->getParent());
    return Class.empty() ? "" : Class + "::" + simpleName(Callee);
  }
  // The owner as knowledge names it: inline namespaces (`std::__1`) and
  // anonymous ones add nothing.
  std::string Owner;
  const DeclContext *Context = Callee->getDeclContext();
  while (const auto *Namespace = dyn_cast<NamespaceDecl>(Context)) {
    if (!Namespace->isInline() && !Namespace->isAnonymousNamespace())
      break;
    Context = Context->getParent();
  }
  if (const auto *Named = dyn_cast<NamedDecl>(Context))
    Owner = knowledgeName(Named);
  std::string Simple = simpleName(Callee);
  return Owner.empty() ? Simple : Owner + "::" + Simple;
}

const CXXRecordDecl *classOf(const Expr *E) {
  QualType Type = E->getType().getNonReferenceType();
  if (const auto *Pointer = Type->getAs<PointerType>())
    Type = Pointer->getPointeeType();
  return Type->getAsCXXRecordDecl();
}

void addName(KnownCall &Call, std::string Name) {
  if (!Name.empty() && !llvm::is_contained(Call.Names, Name))
    Call.Names.push_back(std::move(Name));
}

/// Whether \p Name may name \p Callee at all: a name without a namespace is a
/// C function and never matches a C++ one (a project's own `connect()`).
bool isPlausible(llvm::StringRef Name, const FunctionDecl *Callee) {
  return Name.contains("::") || Callee->isExternC();
}

} // namespace

std::optional<KnownCall> asKnownCall(const Stmt *S,
                                     const KnowledgeBase &Knowledge) {
  KnownCall Result;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
    Result.Callee = Construct->getConstructor();
    Result.Args = llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs());
  } else if (const auto *Call = dyn_cast<CallExpr>(S)) {
    Result.Callee = Call->getDirectCallee();
    Result.Args = llvm::ArrayRef(Call->getArgs(), Call->getNumArgs());
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
      Result.Subject = Member->getImplicitObjectArgument();
    } else if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call)) {
      if (isa_and_nonnull<CXXMethodDecl>(Result.Callee) &&
          !Result.Args.empty()) {
        Result.Subject = Result.Args.front();
        Result.Args = Result.Args.drop_front();
      } else if (!Result.Args.empty()) {
        Result.Subject = Result.Args.front();
      }
      (void)Operator;
    } else if (!Result.Args.empty()) {
      Result.Subject = Result.Args.front();
    }
  } else {
    return std::nullopt;
  }
  if (!Result.Callee)
    return std::nullopt;
  Result.Call = cast<Expr>(S);

  // A function object called through a named variable: `stdexec::sync_wait`.
  const auto *Operator = dyn_cast<CXXOperatorCallExpr>(S);
  if (Operator && Operator->getOperator() == OO_Call && Result.Subject) {
    if (const auto *Ref =
            dyn_cast<DeclRefExpr>(Result.Subject->IgnoreParenImpCasts());
        Ref && Knowledge.mayNameCall(Ref->getDecl()->getName()))
      addName(Result, knowledgeName(Ref->getDecl()));
  }
  std::string Simple = simpleName(Result.Callee);
  if (!Simple.empty() && Knowledge.mayNameCall(Simple)) {
    addName(Result, functionName(Result.Callee));
    // The class of the object, for members a library declares in a base.
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Result.Callee);
        Method && !isa<CXXConstructorDecl>(Method) && Result.Subject &&
        (isa<CXXMemberCallExpr>(S) || isa<CXXOperatorCallExpr>(S)))
      if (const CXXRecordDecl *Object =
              classOf(Result.Subject->IgnoreParenImpCasts()))
        if (std::string Owner = knowledgeName(Object); !Owner.empty())
          addName(Result, Owner + "::" + Simple);
  }
  llvm::erase_if(Result.Names, [&](const std::string &Name) {
    return !isPlausible(Name, Result.Callee);
  });
  if (Result.Names.empty())
    return std::nullopt;
  return Result;
}

std::optional<KnownCall> asKnownDestruction(const VarDecl *Var,
                                            const KnowledgeBase &Knowledge) {
  if (!Var->hasLocalStorage() || Var->getType()->isReferenceType() ||
      !Var->getInit())
    return std::nullopt;
  const CXXRecordDecl *Class = Var->getType()->getAsCXXRecordDecl();
  const CXXDestructorDecl *Destructor =
      Class && Class->hasDefinition() ? Class->getDestructor() : nullptr;
  if (!Destructor || !Class->getIdentifier() ||
      !Knowledge.mayNameCall("~" + Class->getName().str()))
    return std::nullopt;
  KnownCall Result;
  Result.Call = Var->getInit();
  Result.Callee = Destructor;
  Result.Destroyed = Var;
  Result.Names.push_back(knowledgeName(Class) + "::~" + Class->getName().str());
  return Result;
}

SourceLocation knownCallLoc(const KnownCall &Call) {
  return Call.Destroyed ? Call.Destroyed->getLocation()
                        : Call.Call->getBeginLoc();
}

bool subjectIsOneOf(const Expr *Subject, llvm::ArrayRef<std::string> Names) {
  if (!Subject || Names.empty())
    return false;
  const Expr *Bare = Subject->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Bare))
    if (llvm::is_contained(Names, knowledgeName(Ref->getDecl())))
      return true;
  const CXXRecordDecl *Class = classOf(Bare);
  if (!Class)
    return false;
  if (llvm::is_contained(Names, knowledgeName(Class)))
    return true;
  if (!Class->hasDefinition())
    return false;
  bool Found = false;
  Class->forallBases([&](const CXXRecordDecl *Base) {
    Found = Found || llvm::is_contained(Names, knowledgeName(Base));
    return true;
  });
  return Found;
}

/// The subject \p Entry looks at in \p Call: an argument it names, else the
/// call's own subject.
static const Expr *subjectFor(const KnownCall &Call,
                              const BlockingCallEntry &Entry) {
  if (!Entry.SubjectArgument)
    return Call.Subject;
  return *Entry.SubjectArgument < Call.Args.size()
             ? Call.Args[*Entry.SubjectArgument]
             : nullptr;
}

const Known<BlockingCallEntry> *
firstApplicable(llvm::ArrayRef<Known<BlockingCallEntry>> Entries,
                const KnownCall &Call) {
  for (const Known<BlockingCallEntry> &Item : Entries) {
    const Expr *Subject = subjectFor(Call, *Item.Item);
    if (!Item.Item->On.empty() && !subjectIsOneOf(Subject, Item.Item->On))
      continue;
    if (subjectIsOneOf(Subject, Item.Item->NotOn))
      continue;
    return &Item;
  }
  return nullptr;
}

/// Whether a construction only makes an object ready for later work: a
/// default-constructed, copied or moved stream opens nothing.
static bool isInertConstruction(const KnownCall &Call) {
  const auto *Constructor = dyn_cast<CXXConstructorDecl>(Call.Callee);
  return Constructor && (Constructor->isDefaultConstructor() ||
                         Constructor->isCopyOrMoveConstructor());
}

/// Whether \p Subject is an in-memory stream, or a stream made over an
/// in-memory buffer (`std::istream is(&streambuf)`): file-category calls on
/// it touch no file.
static bool isInMemory(const Expr *Subject, const KnowledgeBase &Knowledge) {
  if (!Subject)
    return false;
  if (subjectIsOneOf(Subject, Knowledge.inMemoryStreams()))
    return true;
  const auto *Ref = dyn_cast<DeclRefExpr>(Subject->IgnoreParenImpCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  const auto *Made =
      Var && Var->getInit()
          ? dyn_cast<CXXConstructExpr>(ignoreTemporaryWrappers(Var->getInit()))
          : nullptr;
  return Made && llvm::any_of(Made->arguments(), [&](const Expr *Buffer) {
           return subjectIsOneOf(Buffer, Knowledge.inMemoryStreams());
         });
}

/// Whether \p Var is a local variable initialised by a call that \p Names
/// name: the future of `auto f = co_spawn(ex, work, use_future)`.
static bool initializedBy(const VarDecl *Var, llvm::ArrayRef<std::string> Names,
                          const KnowledgeBase &Knowledge) {
  if (!Var || !Var->hasLocalStorage() || !Var->getInit())
    return false;
  std::optional<KnownCall> Init =
      asKnownCall(ignoreTemporaryWrappers(Var->getInit()), Knowledge);
  return Init && llvm::any_of(Init->Names, [&](const std::string &Name) {
           return llvm::is_contained(Names, Name);
         });
}

/// initializedBy, for the variable \p Subject names.
static bool comesFrom(const Expr *Subject, llvm::ArrayRef<std::string> Names,
                      const KnowledgeBase &Knowledge) {
  const auto *Ref =
      Subject ? dyn_cast<DeclRefExpr>(Subject->IgnoreParenImpCasts()) : nullptr;
  return Ref &&
         initializedBy(dyn_cast<VarDecl>(Ref->getDecl()), Names, Knowledge);
}

/// Whether \p Subject is a local variable or parameter that the function
/// it belongs to switches to non-blocking mode (a `non_blocking_modes` member
/// called with `true`) before \p Call, and never switches back.
static bool isNonBlocking(const Expr *Subject, const KnownCall &Call,
                          const KnowledgeBase &Knowledge) {
  const auto *Ref =
      Subject ? dyn_cast<DeclRefExpr>(Subject->IgnoreParenImpCasts()) : nullptr;
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  const auto *Function = Var && Var->hasLocalStorage()
                             ? dyn_cast<FunctionDecl>(Var->getDeclContext())
                             : nullptr;
  if (!Function || !Function->getBody())
    return false;
  const SourceManager &SM = Function->getASTContext().getSourceManager();
  bool SwitchedBefore = false;
  bool SwitchedBack = false;
  walkStmts(Function->getBody(), [&](const Stmt *S) {
    const auto *Member = dyn_cast<CXXMemberCallExpr>(S);
    const auto *Object =
        Member ? dyn_cast<DeclRefExpr>(
                     Member->getImplicitObjectArgument()->IgnoreParenImpCasts())
               : nullptr;
    if (Object && Object->getDecl() == Var && Member->getNumArgs() >= 1)
      if (std::optional<KnownCall> Setter = asKnownCall(Member, Knowledge);
          Setter && llvm::any_of(Setter->Names, [&](const std::string &Name) {
            return Knowledge.isNonBlockingMode(Name);
          })) {
        const auto *Value = dyn_cast<CXXBoolLiteralExpr>(
            Member->getArg(0)->IgnoreParenImpCasts());
        if (!Value || !Value->getValue())
          SwitchedBack = true;
        else if (SM.isBeforeInTranslationUnit(compat::callBegin(*Member),
                                              Call.Call->getBeginLoc()))
          SwitchedBefore = true;
      }
    return Walk::Into;
  });
  return SwitchedBefore && !SwitchedBack;
}

const Known<BlockingCallEntry> *findBlockingCall(const KnownCall &Call,
                                                 const KnowledgeBase &Knowledge,
                                                 bool Discarded) {
  // A wait that is also a loop entry (the future of the loop's own work) is
  // coro-nested-event-loop's finding: one finding per call.
  if (isInertConstruction(Call) || findLoopEntry(Call, Knowledge))
    return nullptr;
  for (const std::string &Name : Call.Names) {
    llvm::ArrayRef<Known<BlockingCallEntry>> Entries =
        Knowledge.findBlockingCalls(Name);
    if (Entries.empty())
      continue;
    const Known<BlockingCallEntry> *Entry = firstApplicable(Entries, Call);
    if (Entry && Entry->Item->OnlyWhenDiscarded && !Discarded)
      return nullptr;
    if (Entry && Entry->Item->Category == BlockingCategory::File &&
        isInMemory(subjectFor(Call, *Entry->Item), Knowledge))
      return nullptr;
    if (Entry && isNonBlocking(subjectFor(Call, *Entry->Item), Call, Knowledge))
      return nullptr;
    if (Entry && !Entry->Item->ObjectFrom.empty() &&
        !initializedBy(Call.Destroyed, Entry->Item->ObjectFrom, Knowledge))
      return nullptr;
    return Entry;
  }
  return nullptr;
}

const Known<LoopEntryEntry> *findLoopEntry(const KnownCall &Call,
                                           const KnowledgeBase &Knowledge) {
  for (const std::string &Name : Call.Names)
    for (const Known<LoopEntryEntry> &Item : Knowledge.findLoopEntries(Name)) {
      const LoopEntryEntry &Entry = *Item.Item;
      if (!Entry.On.empty() && !subjectIsOneOf(Call.Subject, Entry.On))
        continue;
      if (!Entry.ObjectFrom.empty() &&
          !comesFrom(Call.Subject, Entry.ObjectFrom, Knowledge))
        continue;
      return &Item;
    }
  return nullptr;
}

bool offloadsArgument(const KnownCall &Call, unsigned Index,
                      const KnowledgeBase &Knowledge) {
  for (const std::string &Name : Call.Names)
    for (const Known<OffloadPointEntry> &Item :
         Knowledge.findOffloadPoints(Name))
      if (Item.Item->CallableArgument == Index &&
          (Item.Item->On.empty() ||
           subjectIsOneOf(Call.Subject, Item.Item->On)))
        return true;
  return false;
}

static bool mentions(QualType Type, llvm::ArrayRef<std::string> Names,
                     unsigned Depth);

/// Whether \p Class, a base of it, or the class it is declared in is one of
/// \p Names, or (when \p Depth allows) one of its template arguments is.
static bool classMentions(const CXXRecordDecl *Class,
                          llvm::ArrayRef<std::string> Names, unsigned Depth) {
  if (llvm::is_contained(Names, knowledgeName(Class)))
    return true;
  bool Found = false;
  if (Class->hasDefinition())
    Class->forallBases([&](const CXXRecordDecl *Base) {
      Found = Found || llvm::is_contained(Names, knowledgeName(Base));
      return true;
    });
  if (Found)
    return true;
  // The scheduler or executor type a pool declares inside itself
  // (`unifex::static_thread_pool::scheduler`) is the pool's.
  if (const auto *Outer = dyn_cast<CXXRecordDecl>(Class->getDeclContext()))
    if (classMentions(Outer, Names, 0))
      return true;
  if (Depth == 0)
    return false;
  if (const auto *Specialization =
          dyn_cast<ClassTemplateSpecializationDecl>(Class))
    for (const TemplateArgument &Argument :
         Specialization->getTemplateArgs().asArray())
      if (Argument.getKind() == TemplateArgument::Type &&
          mentions(Argument.getAsType(), Names, Depth - 1))
        return true;
  return false;
}

/// typeMentionsOneOf, at most \p Depth template arguments deep.
static bool mentions(QualType Type, llvm::ArrayRef<std::string> Names,
                     unsigned Depth) {
  if (Type.isNull())
    return false;
  Type = Type.getNonReferenceType();
  if (const auto *Pointer = Type->getAs<PointerType>())
    Type = Pointer->getPointeeType();
  const CXXRecordDecl *Class = Type->getAsCXXRecordDecl();
  return Class && classMentions(Class, Names, Depth);
}

bool typeMentionsOneOf(QualType Type, llvm::ArrayRef<std::string> Names) {
  return mentions(Type, Names, /*Depth=*/3);
}

const Known<ResumePointEntry> *findResumePoint(const KnownCall &Call,
                                               const KnowledgeBase &Knowledge) {
  for (const std::string &Name : Call.Names)
    for (const Known<ResumePointEntry> &Entry :
         Knowledge.findResumePoints(Name)) {
      const ResumePointEntry &Item = *Entry.Item;
      if (Item.On.empty())
        return &Entry;
      const Expr *Target = Call.Subject;
      if (Item.Argument) {
        int Index = *Item.Argument < 0
                        ? static_cast<int>(Call.Args.size()) + *Item.Argument
                        : *Item.Argument;
        Target = Index >= 0 && Index < static_cast<int>(Call.Args.size())
                     ? Call.Args[Index]
                     : nullptr;
      }
      if (Target && typeMentionsOneOf(Target->getType(), Item.On))
        return &Entry;
    }
  return nullptr;
}

const Known<CpuHeavyCallEntry> *
findCpuHeavyCall(const KnownCall &Call, const KnowledgeBase &Knowledge) {
  if (isInertConstruction(Call))
    return nullptr;
  for (const std::string &Name : Call.Names)
    for (const Known<CpuHeavyCallEntry> &Item :
         Knowledge.findCpuHeavyCalls(Name))
      if (Item.Item->On.empty() || subjectIsOneOf(Call.Subject, Item.Item->On))
        return &Item;
  return nullptr;
}

bool isYieldPoint(const KnownCall &Call, const KnowledgeBase &Knowledge) {
  return llvm::any_of(Call.Names, [&](const std::string &Name) {
    return Knowledge.isYieldPoint(Name);
  });
}

} // namespace corolint
