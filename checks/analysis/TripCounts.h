//===--- TripCounts.h - Loops that run a number of times known at compile
// time -*- C++ -*-===//
//
// The cost model of coro-cpu-heavy-work starts from how many times a loop
// runs. Only the shapes whose count is certain from the source are counted:
// a counting `for` whose start, bound and step are constants, a range-for
// over an array of known size, `do ... while (false)`. Every other loop has a
// runtime bound.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_TRIPCOUNTS_H
#define COROLINT_ANALYSIS_TRIPCOUNTS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"
#include <cstdint>
#include <optional>

namespace corolint {

/// Whether \p S is a loop: for, range-for, while or do.
bool isLoop(const clang::Stmt *S);

/// How many times the loop \p Loop runs its body, when the source fixes it,
/// assuming the body does not change the counter or leave early.
std::optional<uint64_t> constantTripCount(const clang::Stmt *Loop,
                                          const clang::ASTContext &AST);

} // namespace corolint

#endif // COROLINT_ANALYSIS_TRIPCOUNTS_H
