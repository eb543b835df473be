//===--- LockAcrossAwaitCheck.h - coro-lock-across-await --------*- C++ -*-===//
//
// A synchronous lock held while a coroutine suspends: another coroutine on
// the same event loop that takes the lock blocks the loop's thread, which the
// suspended coroutine needs to resume and release it; and a coroutine that
// resumes on another thread releases a mutex that thread does not own. See
// docs/checks/coro-lock-across-await.md.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_CHECKS_LOCKACROSSAWAITCHECK_H
#define COROLINT_CHECKS_LOCKACROSSAWAITCHECK_H

#include "CoroLintCheck.h"
#include "analysis/HeldLocks.h"
#include "analysis/KnowledgeThreads.h"
#include "analysis/TaskTypes.h"
#include <memory>

namespace corolint {

class LockAcrossAwaitCheck : public CoroLintCheck {
public:
  using CoroLintCheck::CoroLintCheck;

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;

private:
  void report(const SuspensionUnderLock &Under, const TaskTypeInfo &Task,
              const clang::Stmt *Body, clang::ASTContext &AST);
  /// The note on what to do instead of holding the lock, when no fix-it
  /// does it.
  void noteAdvice(const SuspensionUnderLock &Under, const TaskTypeInfo &Task);

  std::unique_ptr<TaskTypeClassifier> Classifier;
  std::unique_ptr<LockOperations> Locks;
  std::unique_ptr<KnowledgeThreads> Threads;
};

} // namespace corolint

#endif // COROLINT_CHECKS_LOCKACROSSAWAITCHECK_H
