//===--- HeldLocks.h - The locks held at each suspension point --*- C++ -*-===//
//
// Which synchronous locks a coroutine holds when it suspends: a forward
// dataflow over Clang's control flow graph of the body, with the operations
// LockOperations finds. A lock is held at a point when it is held on every
// path there: taken, and neither released, moved away nor destroyed (a
// guard's scope ended) since. One that may or may not be held (released on
// one branch, tried, passed where it may change) is not reported.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_HELDLOCKS_H
#define COROLINT_ANALYSIS_HELDLOCKS_H

#include "analysis/LockOperations.h"
#include "clang/AST/ASTContext.h"
#include <vector>

namespace corolint {

/// A lock held on every path to a suspension point.
struct HeldLock {
  /// The guard variable, or the mutex of a direct `lock()`.
  const clang::ValueDecl *Holder = nullptr;
  bool ByGuard = false;
  /// Where it was taken: the guard's declaration or the `lock()` call (the
  /// first in the source when paths took it at different places).
  const clang::Stmt *TakenAt = nullptr;
  /// The mutexes taken, to name them; may be empty.
  llvm::SmallVector<const clang::Expr *, 1> Mutexes;
};

/// A suspension point (`co_await`, `co_yield`) reached with locks held.
struct SuspensionUnderLock {
  const clang::Expr *Suspension = nullptr;
  /// The locks held there, the most recently taken first.
  llvm::SmallVector<HeldLock, 1> Held;
};

/// The suspension points of the coroutine \p Function's own body (not of the
/// lambdas in it) reached with a synchronous lock held, in source order.
/// It builds a control flow graph: ask only for a coroutine that may take a
/// lock (LockOperations::takesLock).
std::vector<SuspensionUnderLock>
suspensionsUnderLock(const clang::FunctionDecl *Function,
                     const LockOperations &Locks, clang::ASTContext &AST);

} // namespace corolint

#endif // COROLINT_ANALYSIS_HELDLOCKS_H
