//===--- LockAcrossAwaitCheck.cpp - coro-lock-across-await ----------------===//

#include "LockAcrossAwaitCheck.h"
#include "analysis/FunctionBodies.h"
#include "analysis/LockScopeFixes.h"
#include "analysis/ProjectCode.h"
#include "analysis/SourceText.h"
#include "analysis/Worklist.h"
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

/// Whether \p S (not counting the lambdas in it) has a `co_await`.
bool awaitsSomething(const Stmt *Root) {
  return !walkStmts(Root, [](const Stmt *S) {
    if (isa<LambdaExpr>(S))
      return Walk::Over;
    bool Written = isa<DependentCoawaitExpr>(S) ||
                   (isa<CoawaitExpr>(S) && !cast<CoawaitExpr>(S)->isImplicit());
    return Written ? Walk::Stop : Walk::Into;
  });
}

} // namespace

void LockAcrossAwaitCheck::registerMatchers(MatchFinder *Finder) {
  if (!Knowledge)
    return;
  // Coroutines as written (lambdas' call operators too); a template's
  // locks are its own, whatever it is instantiated with.
  Finder->addMatcher(functionDecl(isDefinition(), isInProjectCode(),
                                  unless(isImplicit()),
                                  unless(isTemplateInstantiation()))
                         .bind("function"),
                     this);
}

void LockAcrossAwaitCheck::onStartOfTranslationUnit() {
  if (!Knowledge)
    return;
  Classifier = std::make_unique<TaskTypeClassifier>(
      *Knowledge, llvm::ArrayRef<TaskTypeEntry>(),
      llvm::ArrayRef<std::string>());
  Locks = std::make_unique<LockOperations>(*Knowledge);
  Threads = std::make_unique<KnowledgeThreads>(*Knowledge);
}

void LockAcrossAwaitCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function");
  if (!Classifier || !Function || Function->isInvalidDecl() ||
      !isCoroutine(Function))
    return;
  // Tasks run on event loops, and so does a coroutine that awaits (an
  // asynchronous generator). A synchronous generator is resumed by its
  // consumer, and holding a lock across its co_yield is the consumer's
  // business.
  std::optional<TaskTypeInfo> Task = Classifier->classifyCoroutineReturn(
      Function->getReturnType(), *Result.Context);
  if (!Task && !awaitsSomething(Function->getBody()))
    return;
  for (const SuspensionUnderLock &Under :
       suspensionsUnderLock(Function, *Locks, *Result.Context))
    if (claimFinding(Under.Suspension->getBeginLoc(), *Result.Context))
      report(Under, Task.value_or(TaskTypeInfo()), Function->getBody(),
             *Result.Context);
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
  std::optional<ResumeThread> Resumes = Operand && isa<CoawaitExpr>(Suspend)
                                            ? Threads->resumesOn(Operand)
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
