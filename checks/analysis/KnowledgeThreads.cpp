//===--- KnowledgeThreads.cpp - The thread model the knowledge gives ------===//

#include "analysis/KnowledgeThreads.h"
#include "analysis/DeclNames.h"
#include "analysis/DiscardedExprs.h"
#include "analysis/KnownCalls.h"
#include "analysis/Producers.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace corolint {

namespace {

/// An element a standard container constructs in place from a call's
/// arguments (`threads.emplace_back(f)`), from argument First on.
struct ForwardedConstruction {
  const CXXRecordDecl *Element;
  unsigned First;
};

std::optional<ForwardedConstruction> forwardedConstruction(const Expr *Call) {
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  const CXXMethodDecl *Method = Member ? Member->getMethodDecl() : nullptr;
  if (!Method || !Method->getIdentifier() ||
      !Method->getParent()->isInStdNamespace())
    return std::nullopt;
  llvm::StringRef Name = Method->getName();
  unsigned First;
  if (Name == "emplace_back" || Name == "emplace_front")
    First = 0;
  else if (Name == "emplace")
    First = 1; // After the position (vector, deque, list).
  else
    return std::nullopt;
  const auto *Container =
      dyn_cast<ClassTemplateSpecializationDecl>(Method->getParent());
  if (!Container || Container->getTemplateArgs().size() == 0 ||
      Container->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return std::nullopt;
  const CXXRecordDecl *Element =
      Container->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl();
  if (!Element || knowledgeName(Element).empty())
    return std::nullopt;
  return ForwardedConstruction{Element, First};
}

/// Argument \p Index of \p Call, a CallExpr or CXXConstructExpr.
const Expr *argumentOf(const Expr *Call, unsigned Index) {
  if (const auto *C = dyn_cast<CallExpr>(Call))
    return Index < C->getNumArgs() ? C->getArg(Index) : nullptr;
  if (const auto *C = dyn_cast<CXXConstructExpr>(Call))
    return Index < C->getNumArgs() ? C->getArg(Index) : nullptr;
  return nullptr;
}

/// Whether argument \p Index of a call whose callee a template argument
/// decides (`executor->submit([=]() -> T { ... })` in a template) runs on
/// another thread: some candidate of its overload set is an offload point
/// for that argument, on the object the call is made on.
bool offloadsUnresolved(const Expr *Call, unsigned Index,
                        const KnowledgeBase &Knowledge) {
  const auto *Unresolved = dyn_cast<CallExpr>(Call);
  const auto *Overloads =
      Unresolved
          ? dyn_cast<OverloadExpr>(Unresolved->getCallee()->IgnoreParens())
          : nullptr;
  if (!Overloads)
    return false;
  const Expr *Subject = nullptr;
  if (const auto *Member = dyn_cast<UnresolvedMemberExpr>(Overloads)) {
    if (!Member->isImplicitAccess())
      Subject = Member->getBase();
  } else if (Unresolved->getNumArgs() > 0) {
    Subject = Unresolved->getArg(0);
  }
  for (const NamedDecl *Candidate : Overloads->decls()) {
    const FunctionDecl *Function = Candidate->getAsFunction();
    if (!Function)
      continue;
    for (const Known<OffloadPointEntry> &Item :
         Knowledge.findOffloadPoints(knowledgeName(Function)))
      if (Item.Item->CallableArgument == Index &&
          (Item.Item->On.empty() || subjectIsOneOf(Subject, Item.Item->On)))
        return true;
  }
  return false;
}

} // namespace

bool KnowledgeThreads::runsArgumentElsewhere(const Expr *Call,
                                             unsigned Index) const {
  if (std::optional<KnownCall> Known = asKnownCall(Call, Knowledge);
      Known && offloadsArgument(*Known, Index, Knowledge))
    return true;
  if (offloadsUnresolved(Call, Index, Knowledge))
    return true;
  // A thread constructed in place from the arguments: `threads.emplace_back(
  // [this] { run(); })` runs the lambda as `std::thread(lambda)` would.
  std::optional<ForwardedConstruction> Forwarded = forwardedConstruction(Call);
  if (!Forwarded || Index < Forwarded->First)
    return false;
  std::string Constructor = knowledgeName(Forwarded->Element) +
                            "::" + Forwarded->Element->getName().str();
  return llvm::any_of(Knowledge.findOffloadPoints(Constructor),
                      [&](const Known<OffloadPointEntry> &Item) {
                        return Item.Item->CallableArgument ==
                                   Index - Forwarded->First &&
                               Item.Item->On.empty();
                      });
}

bool KnowledgeThreads::keepsArgument(const Expr *Call, unsigned Index) const {
  // Made a callback wrapper (`std::function`) on the way in, or constructed
  // as one in a container: kept to be called later.
  const CXXRecordDecl *Kept = nullptr;
  if (const Expr *Argument = argumentOf(Call, Index))
    Kept = Argument->getType()->getAsCXXRecordDecl();
  if (std::optional<ForwardedConstruction> Forwarded =
          forwardedConstruction(Call);
      Forwarded && Index >= Forwarded->First)
    Kept = Forwarded->Element;
  return Kept && Knowledge.isCallbackWrapper(knowledgeName(Kept));
}

const Expr *KnowledgeThreads::awaitedByWait(const Expr *Call) const {
  std::optional<KnownCall> Wait = asKnownCall(Call, Knowledge);
  const Known<LoopEntryEntry> *Entry =
      Wait ? findLoopEntry(*Wait, Knowledge) : nullptr;
  // `await: argument` says the argument is what is awaited; a free wait
  // without that rewrite (`stdexec::sync_wait`, whose result differs) takes
  // it first too. A member wait (`future.get()`) waits for its object.
  if (!Entry || Entry->Item->Kind != LoopEntryKind::Wait ||
      Entry->Item->Await == LoopEntryAwait::Object ||
      isa<CXXMemberCallExpr>(Call) || Wait->Args.empty())
    return nullptr;
  return Wait->Args[0];
}

bool KnowledgeThreads::startsOnPool(const FunctionDecl *Function) const {
  for (unsigned Index = 0; Index + 1 < Function->getNumParams(); ++Index) {
    const CXXRecordDecl *Tag =
        Function->getParamDecl(Index)->getType()->getAsCXXRecordDecl();
    const Known<StartTagEntry> *Entry =
        Tag ? Knowledge.findStartTag(knowledgeName(Tag)) : nullptr;
    if (Entry)
      return Entry->Item->StartsOn == ResumeThread::Pool &&
             typeMentionsOneOf(Function->getParamDecl(Index + 1)->getType(),
                               Entry->Item->On);
  }
  return false;
}

const FunctionDecl *
KnowledgeThreads::lockTakenBy(const CXXConstructExpr *Guard) const {
  const CXXRecordDecl *Class = Guard->getType()->getAsCXXRecordDecl();
  const Known<LockGuardEntry> *Entry =
      Class ? Knowledge.findLockGuard(knowledgeName(Class)) : nullptr;
  if (!Entry || Guard->getNumArgs() == 0)
    return nullptr;
  const CXXConstructorDecl *Constructor = Guard->getConstructor();
  if (Constructor->isCopyOrMoveConstructor())
    return nullptr;
  for (const ParmVarDecl *Parameter : Constructor->parameters())
    if (typeMentionsOneOf(Parameter->getType(), Entry->Item->NotWith))
      return nullptr;
  // The first lock passed: `std::scoped_lock` takes several.
  const CXXRecordDecl *Lock =
      Guard->getArg(0)->getType().getNonReferenceType()->getAsCXXRecordDecl();
  if (!Lock)
    return nullptr;
  for (const NamedDecl *Found :
       Lock->lookup(&Class->getASTContext().Idents.get(Entry->Item->LocksWith)))
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Found);
        Method && Method->getNumParams() == 0)
      return Method;
  return nullptr;
}

bool KnowledgeThreads::producedOnPool(const Expr *Producer) const {
  const Expr *Call = ignorePassing(Producer)->IgnoreParenImpCasts();
  // `executor->submit(f)`: the result is completed where f runs.
  if (std::optional<KnownCall> Known = asKnownCall(Call, Knowledge)) {
    unsigned Arguments =
        isa<CallExpr>(Call) ? cast<CallExpr>(Call)->getNumArgs() : 0;
    for (unsigned Index = 0; Index < Arguments; ++Index)
      if (offloadsArgument(*Known, Index, Knowledge))
        return true;
  }
  // A coroutine started on a pool with a start tag completes there.
  const auto *Direct = dyn_cast<CallExpr>(Call);
  const FunctionDecl *Callee = Direct ? Direct->getDirectCallee() : nullptr;
  return Callee && isCoroutine(Callee) && startsOnPool(Callee);
}

std::optional<ResumeThread>
KnowledgeThreads::resumesOn(const Expr *Operand) const {
  // `co_await pool.schedule()`: the operand is the call, maybe wrapped in
  // the temporary it returns.
  if (std::optional<KnownCall> Known =
          asKnownCall(ignoreTemporaryWrappers(Operand), Knowledge))
    if (const auto *Entry = findResumePoint(*Known, Knowledge))
      return Entry->Item->ResumesOn;
  // A task that resumes its awaiter where it completes: on a pool when every
  // result the operand can be was made on one. (One that is ready already
  // resumes at once, on the awaiting thread; corolint does not claim either.)
  const CXXRecordDecl *Task = Operand->getType()->getAsCXXRecordDecl();
  const KnownTaskType *Entry =
      Task ? Knowledge.findTaskType(knowledgeName(Task)) : nullptr;
  if (!Entry || !Entry->Entry->ResumesWhereCompleted)
    return std::nullopt;
  llvm::SmallVector<const Expr *, 4> Producers = producersOf(Operand);
  if (!Producers.empty() && llvm::all_of(Producers, [&](const Expr *Producer) {
        return producedOnPool(Producer);
      }))
    return ResumeThread::Pool;
  return std::nullopt;
}

} // namespace corolint
