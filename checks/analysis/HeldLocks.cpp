//===--- HeldLocks.cpp - The locks held at each suspension point ----------===//

#include "analysis/HeldLocks.h"
#include "analysis/DeclNames.h"
#include "compat/AstCompat.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/MapVector.h"

using namespace clang;

namespace corolint {

namespace {

/// What is known of one holder at a point: held on every path (with where it
/// was taken), or maybe held. A holder that holds nothing is not in the map.
struct HolderState {
  bool Held = false;
  const Stmt *TakenAt = nullptr;
  bool ByGuard = false;

  bool operator==(const HolderState &Other) const {
    return Held == Other.Held && TakenAt == Other.TakenAt;
  }
};

using LockState = llvm::SmallMapVector<const ValueDecl *, HolderState, 4>;

bool sameState(const LockState &A, const LockState &B) {
  if (A.size() != B.size())
    return false;
  for (const auto &[Holder, State] : A) {
    auto Found = B.find(Holder);
    if (Found == B.end() || !(Found->second == State))
      return false;
  }
  return true;
}

/// Held on a path into a block joined with another path: held only when
/// held on both; the first taking statement in the source names it.
void joinInto(LockState &Into, const LockState &From, const SourceManager &SM) {
  for (auto &[Holder, State] : Into) {
    auto Found = From.find(Holder);
    if (Found == From.end() || !Found->second.Held) {
      State.Held = false;
      continue;
    }
    if (State.Held && State.TakenAt != Found->second.TakenAt &&
        SM.isBeforeInTranslationUnit(Found->second.TakenAt->getBeginLoc(),
                                     State.TakenAt->getBeginLoc()))
      State = Found->second;
  }
  for (const auto &[Holder, State] : From)
    if (!Into.count(Holder)) {
      HolderState Maybe = State;
      Maybe.Held = false;
      Into.insert({Holder, Maybe});
    }
}

/// Whether the suspension point \p Suspension never suspends: the knowledge
/// says its operand is always ready (`co_await asio::this_coro::executor`),
/// or its awaiter's `await_ready()` returns true whatever happens.
bool neverSuspends(const Expr *Suspension, const KnowledgeBase &Knowledge) {
  const auto *Suspend = dyn_cast<CoroutineSuspendExpr>(Suspension);
  if (const CXXRecordDecl *Operand = Suspend && compat::writtenOperand(*Suspend)
                                         ? compat::writtenOperand(*Suspend)
                                               ->getType()
                                               ->getAsCXXRecordDecl()
                                         : nullptr;
      Operand && Knowledge.isReadyAwaitable(knowledgeName(Operand)))
    return true;
  const auto *Ready = Suspend && Suspend->getReadyExpr()
                          ? dyn_cast<CXXMemberCallExpr>(
                                Suspend->getReadyExpr()->IgnoreImplicit())
                          : nullptr;
  const CXXMethodDecl *Method = Ready ? Ready->getMethodDecl() : nullptr;
  const FunctionDecl *Definition = nullptr;
  if (!Method || !Method->hasBody(Definition))
    return false;
  const auto *Body = dyn_cast<CompoundStmt>(Definition->getBody());
  const auto *Return = Body && Body->size() == 1
                           ? dyn_cast<ReturnStmt>(Body->body_front())
                           : nullptr;
  const auto *Value = Return && Return->getRetValue()
                          ? dyn_cast<CXXBoolLiteralExpr>(
                                Return->getRetValue()->IgnoreImplicit())
                          : nullptr;
  return Value && Value->getValue();
}

class Analysis {
public:
  explicit Analysis(const LockOperations &Locks) : Locks(Locks) {}

  /// Runs \p Element on \p State; calls \p AtSuspension for each suspension
  /// point, with the state there.
  template <typename Callback>
  void transfer(const CFGElement &Element, LockState &State,
                Callback AtSuspension) {
    if (std::optional<CFGAutomaticObjDtor> Destructor =
            Element.getAs<CFGAutomaticObjDtor>()) {
      State.erase(Destructor->getVarDecl());
      return;
    }
    std::optional<CFGStmt> Statement = Element.getAs<CFGStmt>();
    if (!Statement)
      return;
    const Stmt *S = Statement->getStmt();
    if (isa<CoroutineSuspendExpr, DependentCoawaitExpr>(S)) {
      if (!neverSuspends(cast<Expr>(S), Locks.knowledge()))
        AtSuspension(cast<Expr>(S), State);
      return;
    }
    for (const LockOperation &Operation : Locks.of(S)) {
      if (Operation.Effect == LockEffect::Take) {
        HolderState &Taken = State[Operation.Holder];
        Taken = HolderState{true, S, Operation.ByGuard};
        if (!Operation.Mutexes.empty())
          Mutexes[Operation.Holder] = Operation.Mutexes;
        continue;
      }
      // A mutex passed where it may change (`co_await cv.wait(m)`, which
      // unlocks it while suspended) leaves its guards unknown too.
      if (Operation.Effect == LockEffect::Unknown)
        for (auto &[Holder, Held] : State)
          if (guards(Holder, Operation.Holder))
            Held.Held = false;
      auto Found = State.find(Operation.Holder);
      if (Found == State.end())
        continue;
      if (Operation.Effect == LockEffect::Release)
        State.erase(Found);
      else
        Found->second.Held = false;
    }
  }

  /// Whether \p Holder holds a lock on the mutex \p Mutex.
  bool guards(const ValueDecl *Holder, const ValueDecl *Mutex) const {
    auto Taken = Mutexes.find(Holder);
    return Taken != Mutexes.end() &&
           llvm::any_of(Taken->second, [&](const Expr *Locked) {
             return lockHolderOf(Locked) == Mutex;
           });
  }

  /// The mutexes a holder took last, to name them.
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<const Expr *, 1>> Mutexes;

private:
  const LockOperations &Locks;
};

} // namespace

std::vector<SuspensionUnderLock>
suspensionsUnderLock(const FunctionDecl *Function, const LockOperations &Locks,
                     ASTContext &AST) {
  std::vector<SuspensionUnderLock> Found;
  const auto *Coroutine =
      dyn_cast_or_null<CoroutineBodyStmt>(Function->getBody());
  Stmt *Body = Coroutine ? Coroutine->getBody() : nullptr;
  if (!Body)
    return Found;

  CFG::BuildOptions Options;
  Options.AddImplicitDtors = true;
  Options.setAllAlwaysAdd();
  std::unique_ptr<CFG> Graph = CFG::buildCFG(Function, Body, &AST, Options);
  if (!Graph)
    return Found;

  const SourceManager &SM = AST.getSourceManager();
  Analysis Flow(Locks);
  llvm::DenseMap<const CFGBlock *, LockState> In;
  In[&Graph->getEntry()] = LockState();
  PostOrderCFGView Order(Graph.get());
  // The state at the end of \p Block, if a path reaches it.
  auto RunBlock = [&](const CFGBlock *Block,
                      auto AtSuspension) -> std::optional<LockState> {
    auto Entry = In.find(Block);
    if (Entry == In.end())
      return std::nullopt;
    LockState State = Entry->second;
    for (const CFGElement &Element : *Block)
      Flow.transfer(Element, State, AtSuspension);
    return State;
  };
  auto Ignore = [](const Expr *, const LockState &) {};
  // The lattice is shallow (held, maybe, not held per holder): a few rounds
  // reach the fixed point; the bound only guards against a mistake.
  for (unsigned Round = 0; Round < 16; ++Round) {
    bool Changed = false;
    for (const CFGBlock *Block : Order) {
      std::optional<LockState> Out = RunBlock(Block, Ignore);
      if (!Out)
        continue;
      const LockState &State = *Out;
      for (const CFGBlock *Successor : Block->succs()) {
        if (!Successor)
          continue;
        auto [Slot, Inserted] = In.try_emplace(Successor, State);
        if (Inserted) {
          Changed = true;
          continue;
        }
        LockState Joined = Slot->second;
        joinInto(Joined, State, SM);
        if (!sameState(Joined, Slot->second)) {
          Slot->second = std::move(Joined);
          Changed = true;
        }
      }
    }
    if (!Changed)
      break;
  }

  for (const CFGBlock *Block : Order)
    RunBlock(Block, [&](const Expr *Suspension, const LockState &Now) {
      SuspensionUnderLock Under{Suspension, {}};
      for (const auto &[Holder, Lock] : Now)
        if (Lock.Held)
          Under.Held.push_back(HeldLock{Holder, Lock.ByGuard, Lock.TakenAt,
                                        Flow.Mutexes.lookup(Holder)});
      if (Under.Held.empty())
        return;
      // The most recently taken first: the one the code is "in".
      llvm::sort(Under.Held, [&](const HeldLock &A, const HeldLock &B) {
        return SM.isBeforeInTranslationUnit(B.TakenAt->getBeginLoc(),
                                            A.TakenAt->getBeginLoc());
      });
      Found.push_back(std::move(Under));
    });
  llvm::sort(Found,
             [&](const SuspensionUnderLock &A, const SuspensionUnderLock &B) {
               return SM.isBeforeInTranslationUnit(A.Suspension->getBeginLoc(),
                                                   B.Suspension->getBeginLoc());
             });
  return Found;
}

} // namespace corolint
