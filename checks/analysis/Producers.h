//===--- Producers.h - The calls a result can come from ---------*- C++ -*-===//
//
// Where the code after an await runs can depend on who completed the awaited
// result (a concurrencpp result resumes its awaiter on the completing
// thread), so the calls that made it matter: the call itself, or the
// initializer of a local variable and every value stored into it or into the
// container it is, when the awaited expression names one (`co_await r`,
// `co_await results[i]`).
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_PRODUCERS_H
#define COROLINT_ANALYSIS_PRODUCERS_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"

namespace corolint {

/// The expressions whose value \p Awaited can be. Empty when some of them
/// are not known: the variable is a parameter or a member, is passed on by
/// non-const reference or pointer, captured by reference, bound to another
/// reference, or changed some other way.
llvm::SmallVector<const clang::Expr *, 4>
producersOf(const clang::Expr *Awaited);

} // namespace corolint

#endif // COROLINT_ANALYSIS_PRODUCERS_H
