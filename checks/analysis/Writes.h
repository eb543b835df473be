//===--- Writes.h - What code may change ------------------------*- C++ -*-===//
//
// The variables, parameters and members a piece of code may change: what
// it assigns, increments, takes the address of, calls a non-const member
// function on, or passes by non-const reference. A member changed means its
// object changed too. A guard's value and a compare-and-swap's expected value
// are known only while nothing writes them.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_WRITES_H
#define COROLINT_ANALYSIS_WRITES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseSet.h"

namespace corolint {

/// Adds to \p Into what \p Code (and everything in it) may change.
void collectWrites(const clang::Stmt *Code,
                   llvm::DenseSet<const clang::ValueDecl *> &Into);

} // namespace corolint

#endif // COROLINT_ANALYSIS_WRITES_H
