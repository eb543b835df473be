//===--- SpinLoops.h - Loops that wait by spinning --------------*- C++ -*-===//
//
// A busy-wait: a loop whose exit depends on a flag that only someone else
// can change (an atomic, a volatile, a bool member or global, a bool passed
// by reference), and whose own code cannot change it. On an event loop it
// burns the thread, and when the one who would set the flag is a coroutine
// of the same loop, it never ends.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_SPINLOOPS_H
#define COROLINT_ANALYSIS_SPINLOOPS_H

#include "knowledge/Knowledge.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

namespace corolint {

/// The expression naming the flag \p Loop spins on: what its condition reads
/// (for `for (;;)` and `while (true)`, the condition of an `if` at the top of
/// its body that leaves the loop), when the loop's own code neither writes
/// it, nor passes it on to be written, nor calls code of the project (which
/// could write it). Null when the loop is not such a spin.
const clang::Expr *spinFlag(const clang::Stmt *Loop,
                            const KnowledgeBase &Knowledge,
                            const clang::ASTContext &AST);

/// How messages name the flag \p Flag (from spinFlag): `'ready'`.
std::string describeFlag(const clang::Expr *Flag);

} // namespace corolint

#endif // COROLINT_ANALYSIS_SPINLOOPS_H
