//===--- WaitStarts.h - Coroutine lambdas a blocking wait starts -*- C++
//-*-===//
//
// `sync_wait([&]() -> task<> {...}())`, the idiom of tests and `main`: the
// lambda starts on the thread that calls the wait, which blocks and is not an
// event loop, and runs there until its first suspension. The body walk uses
// these helpers to find such lambdas and where their first suspension may be.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_WAITSTARTS_H
#define COROLINT_ANALYSIS_WAITSTARTS_H

#include "analysis/FunctionBodies.h"
#include "clang/AST/ExprCXX.h"

namespace corolint {

/// The function object whose call a blocking wait \p S awaits directly
/// (`run` in `sync_wait(run())`, the lambda in `sync_wait([&] {...}())`), if
/// \p S is such a wait.
const clang::Expr *startedByWait(const clang::Stmt *S,
                                 const ThreadModel &Threads);

/// Whether every use of the local variable \p Var, in the body \p Body that
/// declares it, is a call `Var()` that a blocking wait awaits directly, and
/// none is in a lambda: then those waits are the only starts of the
/// coroutine it holds.
bool onlyAwaitedByWaits(const clang::VarDecl *Var, const clang::Stmt *Body,
                        const ThreadModel &Threads);

/// Whether \p S, outside the lambdas in it, has a co_await or co_yield.
bool containsSuspension(const clang::Stmt *S);

/// Whether \p S, outside the lambdas in it, has a goto: a label before a
/// suspension may then be reached after it.
bool containsGoto(const clang::Stmt *S);

} // namespace corolint

#endif // COROLINT_ANALYSIS_WAITSTARTS_H
