//===--- LockAcrossAwaitCheck.cpp - coro-lock-across-await ----------------===//

#include "LockAcrossAwaitCheck.h"
#include "analysis/FunctionBodies.h"
#include "analysis/LockScopeFixes.h"
#include "analysis/SourceText.h"
#include "compat/AstCompat.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace corolint {

namespace {

/// `'m'`, `'a', 'b'`, or empty when a mutex cannot be quoted.
std::string quotedMutexes(const HeldLock &Lock, const ASTContext &AST) {
  std::string Quoted;
  for (const Expr *Mutex : Lock.Mutexes) {
    std::optional<std::string> Text = shortText(Mutex, AST);
    if (!Text)
      return "";
    Quoted += (Quoted.empty() ? "'" : ", '") + *Text + "'";
  }
  return Quoted;
}

/// What holds the lock, as the message says it: "'lk' holds 'm'",
/// "'lk' holds its lock" or "'m' is locked"; with \p Taking, as the note
/// at the place it was taken says it: "'lk' takes 'm'", "'m' is locked".
std::string holding(const HeldLock &Lock, const ASTContext &AST,
                    bool Taking = false) {
  std::string Mutexes = quotedMutexes(Lock, AST);
  std::string Holder = "'" + Lock.Holder->getNameAsString() + "'";
  if (!Lock.ByGuard)
    return Holder + " is locked";
  return Holder + (Taking ? " takes " : " holds ") +
         (Mutexes.empty() ? "its lock" : Mutexes);
}

llvm::StringRef suspensionKeyword(const Expr *Suspension) {
  return isa<CoyieldExpr>(Suspension) ? "co_yield" : "co_await";
}

} // namespace

void LockAcrossAwaitCheck::registerMatchers(MatchFinder *Finder) {
  if (!Knowledge)
    return;
  readSharedWalks(Finder, this);
}

void LockAcrossAwaitCheck::beginUnit() {
  if (!Knowledge)
    return;
  Classifier = std::make_unique<TaskTypeClassifier>(
      *Knowledge, llvm::ArrayRef<TaskTypeEntry>(),
      llvm::ArrayRef<std::string>());
  Locks = std::make_unique<LockOperations>(*Knowledge);
}

/// Coroutines as written, lambdas' too (in the code around them, or in an
/// initializer): a template's locks are its own, whatever its arguments.
bool LockAcrossAwaitCheck::beginWalk(const WalkedCode &Code) {
  Coroutines.clear();
  return Classifier && (Code.What == WalkedCode::Kind::AsWritten ||
                        Code.What == WalkedCode::Kind::Initializer);
}

void LockAcrossAwaitCheck::read(const WalkedStatement &At) {
  if (!At.Where.IsCoroutine)
    return;
  const FunctionDecl *Function = At.Where.Function;
  auto Known = llvm::find_if(
      Coroutines, [&](const Seen &C) { return C.Coroutine == Function; });
  if (Known == Coroutines.end())
    Known = Coroutines.insert(Coroutines.end(), Seen{Function});
  Known->TakesLock |= Locks->takesLock(At.S);
  Known->Awaits |=
      isa<DependentCoawaitExpr>(At.S) ||
      (isa<CoawaitExpr>(At.S) && !cast<CoawaitExpr>(At.S)->isImplicit());
}

void LockAcrossAwaitCheck::endWalk(const WalkedCode &Code) {
  for (const Seen &Coroutine : Coroutines)
    if (Coroutine.TakesLock && !Coroutine.Coroutine->isInvalidDecl())
      checkCoroutine(Coroutine, Code.AST);
  Coroutines.clear();
}

void LockAcrossAwaitCheck::checkCoroutine(const Seen &Coroutine,
                                          ASTContext &AST) {
  const FunctionDecl *Function = Coroutine.Coroutine;
  // Tasks run on event loops, and so does a coroutine that awaits (an
  // asynchronous generator). A synchronous generator is resumed by its
  // consumer, and holding a lock across its co_yield is the consumer's
  // business.
  std::optional<TaskTypeInfo> Task =
      Classifier->classifyCoroutineReturn(Function->getReturnType(), AST);
  if (!Task && !Coroutine.Awaits)
    return;
  for (const SuspensionUnderLock &Under :
       suspensionsUnderLock(Function, *Locks, AST))
    if (claimFinding(Under.Suspension->getBeginLoc(), AST))
      report(Under, Task.value_or(TaskTypeInfo()), Function->getBody(), AST);
}

void LockAcrossAwaitCheck::report(const SuspensionUnderLock &Under,
                                  const TaskTypeInfo &Task, const Stmt *Body,
                                  ASTContext &AST) {
  const SourceManager &SM = AST.getSourceManager();
  const HeldLock &Lock = Under.Held.front();
  llvm::StringRef Keyword = suspensionKeyword(Under.Suspension);
  SourceLocation At = Under.Suspension->getBeginLoc();
  llvm::SmallVector<FixItHint, 2> Fixes =
      endLockBeforeSuspension(Under, Body, AST);
  {
    auto Diag = diag(At, "'%0' suspends the coroutine while %1 (since line "
                         "%2): another coroutine on this event loop "
                         "that takes the lock blocks the loop's thread, which "
                         "this coroutine needs to resume and unlock it")
                << Keyword << holding(Lock, AST)
                << SM.getPresumedLineNumber(Lock.TakenAt->getBeginLoc());
    for (const FixItHint &Fix : Fixes)
      Diag << Fix;
  }
  for (const HeldLock &Held : Under.Held)
    diag(Held.TakenAt->getBeginLoc(), "%0 here", DiagnosticIDs::Note)
        << holding(Held, AST, /*Taking=*/true);

  const auto *Suspend = dyn_cast<CoroutineSuspendExpr>(Under.Suspension);
  const Expr *Operand = Suspend ? compat::writtenOperand(*Suspend) : nullptr;
  std::optional<ResumeThread> Resumes =
      Operand && isa<CoawaitExpr>(Suspend)
          ? Walks->threads()->resumesOn(Operand)
          : std::nullopt;
  std::optional<std::string> Awaited =
      Operand ? shortText(Operand, AST) : std::nullopt;
  if (Resumes == ResumeThread::Pool)
    diag(At,
         "%select{this await|'%1'}0 resumes the coroutine on a thread pool: "
         "the lock is released by a thread that did not take it, undefined "
         "behaviour for std::mutex and other mutexes that only their owner "
         "may unlock",
         DiagnosticIDs::Note)
        << Awaited.has_value() << Awaited.value_or("");
  else
    diag(At,
         "if the coroutine resumes on another thread, the lock is released "
         "by a thread that did not take it: undefined behaviour for "
         "std::mutex and other mutexes that only their owner may unlock",
         DiagnosticIDs::Note);
  if (Fixes.empty())
    noteAdvice(Under, Task);
}

void LockAcrossAwaitCheck::noteAdvice(const SuspensionUnderLock &Under,
                                      const TaskTypeInfo &Task) {
  std::string AsyncMutexes;
  if (!Task.Framework.empty())
    for (const Known<AsyncMutexEntry> &Mutex : Knowledge->asyncMutexes())
      if (Mutex.Framework == Task.Framework)
        AsyncMutexes +=
            (AsyncMutexes.empty() ? "" : "; ") + Mutex.Item->Name +
            (Mutex.Item->LockWith.empty() ? ""
                                          : " (" + Mutex.Item->LockWith + ")");
  diag(Under.Suspension->getBeginLoc(),
       "end the lock's scope before the '%0' (a block around the code that "
       "needs it)%select{|, or unlock it first}1%select{|, or use a mutex "
       "that the coroutine awaits: %3}2",
       DiagnosticIDs::Note)
      << suspensionKeyword(Under.Suspension) << !Under.Held.front().ByGuard
      << !AsyncMutexes.empty() << AsyncMutexes;
}

} // namespace corolint
