//===--- LoopCost.h - What a loop costs the thread that runs it -*- C++ -*-===//
//
// coro-cpu-heavy-work's cost model. A loop is cheap for an event loop when
// it suspends (any co_await or co_yield, or a yield point the knowledge
// lists, in its condition, increment or body). Otherwise its cost is
// estimated from its nest of loops: the product of the trip counts known at
// compile time along the costliest path, how deep loops with runtime bounds
// nest, and whether its body calls a CPU-heavy library function.
//
// Lambdas written in the loop are not part of it: they run when called, and
// the walk of the function visits them on their own.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_LOOPCOST_H
#define COROLINT_ANALYSIS_LOOPCOST_H

#include "analysis/KnownCalls.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <cstdint>
#include <memory>
#include <optional>

namespace corolint {

struct LoopCost {
  /// A suspension point runs in every iteration's reach: the loop lets the
  /// event loop run other work.
  bool Suspends = false;
  /// Some call in the loop blocks or enters an event loop (other checks
  /// report it; a loop that waits that way is not a busy-wait).
  bool Waits = false;
  /// The trip counts known at compile time along the nest's costliest path,
  /// outermost first.
  llvm::SmallVector<uint64_t, 4> KnownTrips;
  /// Their product, saturated: how often the innermost body runs at least.
  uint64_t Iterations = 1;
  /// Some loop on that path has a runtime bound, so the loop runs at least
  /// Iterations times.
  bool RuntimeBoundOnPath = false;
  /// The deepest nest of loops with runtime bounds, this loop included.
  unsigned RuntimeDepth = 0;
  /// The first CPU-heavy library call the loop makes.
  std::optional<MatchedCall<CpuHeavyCallEntry>> HeavyCall;
};

/// Computes and remembers the cost of the loops of one translation unit.
class LoopCostModel {
public:
  LoopCostModel(const KnowledgeBase &Knowledge, const clang::ASTContext &AST)
      : Knowledge(Knowledge), AST(AST) {}

  /// The cost of \p Loop (a for, range-for, while or do statement).
  const LoopCost &costOf(const clang::Stmt *Loop);

private:
  /// The cost of \p Loop, once the loops inside it have theirs.
  LoopCost computeCost(const clang::Stmt *Loop);
  void addStatement(const clang::Stmt *Part, LoopCost &Cost,
                    const LoopCost *&CostliestInner, unsigned &DeepestInner);

  const KnowledgeBase &Knowledge;
  const clang::ASTContext &AST;
  // Boxed, so that references stay valid as the map grows.
  llvm::DenseMap<const clang::Stmt *, std::unique_ptr<LoopCost>> Costs;
};

} // namespace corolint

#endif // COROLINT_ANALYSIS_LOOPCOST_H
