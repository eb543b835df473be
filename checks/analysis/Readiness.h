//===--- Readiness.h - Waits on results that are complete already -*- C++ -*-//
//
// `.get()` or `.wait()` on a result that is complete returns at once: it is
// not a deadlock and does not block the loop. A result is known complete when
// the knowledge's `ready_results` say so: it was made ready, it is an element
// of an awaited combinator's value (`co_await when_all(...)`), or a readiness
// test on the path to the wait says so (`if (r.is_ready())`, an early return
// when `r.status() != result_status::value`, `assert(f.wait_for(0s) ==
// std::future_status::ready)`). GuardEvaluator::isComplete follows such a
// result into the helpers it is passed to.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_READINESS_H
#define COROLINT_ANALYSIS_READINESS_H

#include "analysis/PathConditions.h"
#include "knowledge/Knowledge.h"
#include "clang/AST/Expr.h"

namespace corolint {

/// The variable (or parameter) a wait's subject names, past moves and the
/// conversions of passing it: `r` in `std::move(r).get()`; null otherwise.
const clang::ValueDecl *resultVariable(const clang::Expr *Subject);

/// Whether one of \p Conditions, all holding, says that \p Result is
/// complete, by a readiness test the knowledge lists.
bool conditionsSayComplete(const clang::ValueDecl *Result,
                           llvm::ArrayRef<PathCondition> Conditions,
                           const KnowledgeBase &Knowledge);

/// \p E past what taking an element of a result container adds
/// (`std::get<0>(all)`, `all[i]`, `any.results`, `std::move`): the container.
const clang::Expr *containerOf(const clang::Expr *E);

/// The ready-result entry of the call \p E, if it is one of \p Kind.
const ReadyResultEntry *readyEntry(const clang::Expr *E, ReadyKind Kind,
                                   const KnowledgeBase &Knowledge);

} // namespace corolint

#endif // COROLINT_ANALYSIS_READINESS_H
