//===--- LockScopeFixes.h - Ending a lock before a suspension ---*- C++ -*-===//
//
// The fix-it of coro-lock-across-await, offered only where it is certain to
// keep the code's meaning: the suspension is the last statement of the
// guard's scope, its result is discarded, and what it awaits does not touch
// anything the lock may protect. Then the lock can end just before it:
// `lk.unlock();` for a guard that has `unlock()`, a block around the guard
// and the statements after it otherwise.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_LOCKSCOPEFIXES_H
#define COROLINT_ANALYSIS_LOCKSCOPEFIXES_H

#include "analysis/HeldLocks.h"
#include "clang/Basic/Diagnostic.h"

namespace corolint {

/// The fix-its that end the only lock of \p Under, a suspension of the
/// function whose body is \p Body, before the suspension, if that is certain
/// to be right; empty otherwise.
llvm::SmallVector<clang::FixItHint, 2>
endLockBeforeSuspension(const SuspensionUnderLock &Under,
                        const clang::Stmt *Body, clang::ASTContext &AST);

} // namespace corolint

#endif // COROLINT_ANALYSIS_LOCKSCOPEFIXES_H
