//===--- PathConditions.h - The conditions a statement runs under -*- C++ -*-//
//
// DESIGN.md's guards: a statement inside `if (enc == gzip)` runs only when
// that holds. The walk of a function body records, for each statement, the
// conditions of its own function that lead to it (branches, `?:`, `&&` and
// `||`, switch cases, and early exits before it), and whether it is on a cold
// path (one that ends the process, is marked unlikely, or reports a failed
// assertion). Effect summaries keep the conditions of an effect so that a
// call whose arguments rule the path out drops it.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_PATHCONDITIONS_H
#define COROLINT_ANALYSIS_PATHCONDITIONS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"
#include <string>

namespace corolint {

/// One condition under which a statement runs.
struct PathCondition {
  enum class Kind {
    /// Tested, converted to bool, is Holds.
    Boolean,
    /// Tested (a switch condition) is one of Values when Holds, none of them
    /// otherwise (a default label).
    Case,
    /// Tested, the result a wait is made on, is not complete yet: a wait
    /// on a complete result returns at once (see Readiness.h).
    Pending,
  };
  Kind What = Kind::Boolean;
  const clang::Expr *Tested = nullptr;
  bool Holds = true;
  /// The case labels' values, for Case.
  llvm::SmallVector<const clang::Expr *, 2> Values;
};

/// Whether \p S never completes normally: it returns, throws, jumps
/// (`break`, `continue`, `goto`) or ends the process, on every path.
bool neverCompletes(const clang::Stmt *S);

/// Whether \p S is a call to a function that does not return (`std::exit`,
/// `abort`, `std::terminate`, any `[[noreturn]]` function).
bool callsNoReturn(const clang::Stmt *S);

/// Which branch of an `if` on \p Condition is marked unlikely through
/// `__builtin_expect` (the `UNLIKELY(x)` macros): 1 for the then-branch, 0
/// for the else-branch, -1 for neither.
int unlikelyBranchByExpect(const clang::Expr *Condition);

/// Whether \p Branch (an if's branch, a case's statement) is marked
/// `[[unlikely]]`.
bool isMarkedUnlikely(const clang::Stmt *Branch);

/// The condition as a note says it: `'enc != encoding::none'`, `'ok' is
/// false`, `'enc' is 'encoding::gzip' or 'encoding::deflate'`.
std::string describeCondition(const PathCondition &Condition,
                              const clang::ASTContext &AST);

} // namespace corolint

#endif // COROLINT_ANALYSIS_PATHCONDITIONS_H
