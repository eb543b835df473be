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
#include "analysis/TaskTypes.h"
#include <memory>

namespace corolint {

class LockAcrossAwaitCheck : public CoroLintCheck, public WalkReader {
public:
  using CoroLintCheck::CoroLintCheck;

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void beginUnit() override;

  bool beginWalk(const WalkedCode &Code) override;
  void read(const WalkedStatement &At) override;
  void endWalk(const WalkedCode &Code) override;

private:
  /// What the walk saw of one coroutine's own code (a lambda's apart).
  struct Seen {
    const clang::FunctionDecl *Coroutine;
    bool Awaits = false;
    bool TakesLock = false;
  };
  void checkCoroutine(const Seen &Coroutine, clang::ASTContext &AST);
  void report(const SuspensionUnderLock &Under, const TaskTypeInfo &Task,
              const clang::Stmt *Body, clang::ASTContext &AST);
  /// The note on what to do instead of holding the lock, when no fix-it
  /// does it.
  void noteAdvice(const SuspensionUnderLock &Under, const TaskTypeInfo &Task);

  std::unique_ptr<TaskTypeClassifier> Classifier;
  std::unique_ptr<LockOperations> Locks;
  /// The coroutines of the walk being read, in the order first seen.
  std::vector<Seen> Coroutines;
};

} // namespace corolint

#endif // COROLINT_CHECKS_LOCKACROSSAWAITCHECK_H
