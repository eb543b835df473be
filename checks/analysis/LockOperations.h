//===--- LockOperations.h - What a statement does to a lock -----*- C++ -*-===//
//
// The synchronous locks of a function, one statement at a time: a guard
// variable made over a mutex (`std::lock_guard`, the knowledge's
// `lock_guards`, classes marked `[[clang::scoped_lockable]]`), a member call
// that takes or releases one (`lk.unlock()`, `mutex_.lock()`), a guard moved
// away. HeldLocks runs these over a function's control flow.
//
// A mutex whose lock is awaited (the knowledge's `async_mutexes`, or any
// whose `lock()` returns something) blocks no thread, and a guard made from
// an awaited result holds such a lock: neither is a synchronous lock.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_LOCKOPERATIONS_H
#define COROLINT_ANALYSIS_LOCKOPERATIONS_H

#include "knowledge/Knowledge.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"

namespace corolint {

/// What a statement does to the lock that a holder holds.
enum class LockEffect {
  Take,    ///< The holder holds the lock after it.
  Release, ///< The holder holds nothing after it.
  Unknown, ///< The holder may or may not hold the lock after it.
};

/// One statement's effect on one holder.
struct LockOperation {
  /// A guard variable, or the mutex itself (a variable, or a field of the
  /// object the function is a member of) for direct `lock()` calls.
  const clang::ValueDecl *Holder = nullptr;
  LockEffect Effect = LockEffect::Unknown;
  /// For Take: the mutexes taken (a guard's constructor arguments before any
  /// tag, or the object of `lock()`), to name them.
  llvm::SmallVector<const clang::Expr *, 1> Mutexes;
  /// Whether Holder is a guard variable rather than the mutex.
  bool ByGuard = false;
};

class LockOperations {
public:
  explicit LockOperations(const KnowledgeBase &Knowledge)
      : Knowledge(Knowledge) {}

  /// The operations \p S itself performs (not those of its children, which
  /// the control flow graph lists on their own): a declaration of a guard
  /// variable, a member call on a guard or a mutex, a guard moved away or a
  /// lock passed to code that may change it.
  llvm::SmallVector<LockOperation, 1> of(const clang::Stmt *S) const;

  /// Whether \p S itself may take a lock (a guard variable, a member call
  /// that locks a mutex): a cheap test, read from the shared walk, before a
  /// control flow graph is built.
  bool takesLock(const clang::Stmt *S) const;

  /// Whether \p Type is a guard class: a knowledge `lock_guards` entry or a
  /// class marked `[[clang::scoped_lockable]]`.
  bool isGuard(clang::QualType Type) const;

  const KnowledgeBase &knowledge() const { return Knowledge; }

private:
  /// The operation of the declaration of guard \p Var, if it takes a
  /// synchronous lock or may.
  std::optional<LockOperation> declaredGuard(const clang::VarDecl *Var) const;
  std::optional<LockOperation>
  memberCall(const clang::CXXMemberCallExpr *Call) const;
  /// Whether \p Type is, or is a guard over, a mutex whose lock is awaited.
  bool isAsyncMutex(clang::QualType Type) const;
  bool isAsyncMutexClass(const clang::CXXRecordDecl *Record) const;
  /// Whether \p Method takes a synchronous mutex's lock (`lock()` returning
  /// void on a class that has `unlock()`, or marked as acquiring).
  bool takesMutex(const clang::CXXMethodDecl *Method) const;

  const KnowledgeBase &Knowledge;
};

/// The guard variable or mutex that \p E names, if the analysis can follow
/// it: a local variable or parameter, or a field of `*this`.
const clang::ValueDecl *lockHolderOf(const clang::Expr *E);

} // namespace corolint

#endif // COROLINT_ANALYSIS_LOCKOPERATIONS_H
