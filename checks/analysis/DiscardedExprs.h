//===--- DiscardedExprs.h - Expressions whose value is thrown away -*- C++
//-*-===//

#ifndef COROLINT_ANALYSIS_DISCARDEDEXPRS_H
#define COROLINT_ANALYSIS_DISCARDEDEXPRS_H

#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace corolint {

/// Calls \p Found for each expression whose value the statement \p S throws
/// away as one of its own parts: an expression statement in a block or as the
/// body of a control statement, the init-statement of `if`, `switch` and
/// `for`, a for-loop increment, and from those, through
/// the operands of `,`, the arms of `?:`, and explicit casts to `void`
/// (reported with \p CastToVoid set). Expressions nested deeper are found when
/// their own enclosing statement is passed.
void forEachDiscardedExpr(
    const clang::Stmt *S,
    llvm::function_ref<void(const clang::Expr *E, bool CastToVoid)> Found);

/// \p E without the nodes the compiler adds around a call's temporary result
/// (cleanups, materialisation, binding, no-op casts, elided copies, a
/// one-element braced list of the same type) and without parentheses.
const clang::Expr *ignoreTemporaryWrappers(const clang::Expr *E);

/// Whether \p Call is `std::move(x)` or `std::forward<T>(x)`.
bool isMoveOrForward(const clang::CallExpr *Call);

/// \p E without what passing a value along adds: temporary wrappers,
/// parentheses, implicit and functional no-op or derived-to-base
/// conversions, `std::move`/`std::forward`, and copy or move constructions
/// (a parameter taken by value). What is left is where the value came from.
const clang::Expr *ignorePassing(const clang::Expr *E);

/// Remembers the expressions that statements visited in pre-order discard,
/// so that a walk can ask about an expression when it reaches it.
class DiscardTracker {
public:
  /// Call for each statement before its children.
  void note(const clang::Stmt *S);
  /// Whether \p S, past temporary wrappers, is a discarded expression.
  bool isDiscarded(const clang::Stmt *S) const;

private:
  llvm::SmallPtrSet<const clang::Expr *, 8> Discarded;
};

} // namespace corolint

#endif // COROLINT_ANALYSIS_DISCARDEDEXPRS_H
