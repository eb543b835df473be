//===--- LoopCost.cpp - What a loop costs the thread that runs it ---------===//

#include "analysis/LoopCost.h"
#include "analysis/TripCounts.h"
#include "analysis/Worklist.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace corolint {

namespace {

uint64_t saturatingProduct(uint64_t A, uint64_t B) {
  uint64_t Product;
  if (__builtin_mul_overflow(A, B, &Product))
    return UINT64_MAX;
  return Product;
}

/// The parts of a loop statement that run on every iteration; a range-for's
/// range and a for's init run once, before it.
llvm::SmallVector<const Stmt *, 3> repeatedParts(const Stmt *Loop) {
  if (const auto *For = dyn_cast<ForStmt>(Loop))
    return {For->getCond(), For->getInc(), For->getBody()};
  if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Loop))
    return {RangeFor->getLoopVarStmt(), RangeFor->getBody()};
  if (const auto *While = dyn_cast<WhileStmt>(Loop))
    return {While->getCond(), While->getBody()};
  if (const auto *Do = dyn_cast<DoStmt>(Loop))
    return {Do->getBody(), Do->getCond()};
  return {};
}

} // namespace

const LoopCost &LoopCostModel::costOf(const Stmt *Loop) {
  auto Known = Costs.find(Loop);
  if (Known != Costs.end())
    return *Known->second;
  // The loops inside it first, the innermost first, so that each finds the
  // costs of those inside it: loops nest as deep as the code does.
  llvm::SmallVector<const Stmt *, 8> Inside;
  walkStmts(Loop, [&](const Stmt *S) {
    if (isa<LambdaExpr>(S))
      return Walk::Over;
    if (S != Loop && isLoop(S) && !Costs.count(S))
      Inside.push_back(S);
    return Walk::Into;
  });
  for (const Stmt *Inner : llvm::reverse(Inside))
    Costs[Inner] = std::make_unique<LoopCost>(computeCost(Inner));
  return *(Costs[Loop] = std::make_unique<LoopCost>(computeCost(Loop)));
}

LoopCost LoopCostModel::computeCost(const Stmt *Loop) {
  LoopCost Cost;
  const LoopCost *CostliestInner = nullptr;
  unsigned DeepestInner = 0;
  for (const Stmt *Part : repeatedParts(Loop))
    addStatement(Part, Cost, CostliestInner, DeepestInner);

  std::optional<uint64_t> Trips = constantTripCount(Loop, AST);
  if (Trips)
    Cost.KnownTrips.push_back(*Trips);
  Cost.Iterations = Trips.value_or(1);
  Cost.RuntimeBoundOnPath = !Trips;
  if (CostliestInner) {
    llvm::append_range(Cost.KnownTrips, CostliestInner->KnownTrips);
    Cost.Iterations =
        saturatingProduct(Cost.Iterations, CostliestInner->Iterations);
    Cost.RuntimeBoundOnPath |= CostliestInner->RuntimeBoundOnPath;
  }
  Cost.RuntimeDepth = (Trips ? 0 : 1) + DeepestInner;
  return Cost;
}

void LoopCostModel::addStatement(const Stmt *Part, LoopCost &Cost,
                                 const LoopCost *&CostliestInner,
                                 unsigned &DeepestInner) {
  Worklist<const Stmt *> Work;
  Work.then(Part);
  Work.run([&](const Stmt *S) {
    if (!S || isa<LambdaExpr>(S))
      return true;
    if (isLoop(S)) {
      const LoopCost &Inner = costOf(S);
      Cost.Suspends |= Inner.Suspends;
      Cost.Waits |= Inner.Waits;
      if (!Cost.HeavyCall)
        Cost.HeavyCall = Inner.HeavyCall;
      if (!CostliestInner || Inner.Iterations > CostliestInner->Iterations)
        CostliestInner = &Inner;
      DeepestInner = std::max(DeepestInner, Inner.RuntimeDepth);
      return true;
    }
    if (isa<CoroutineSuspendExpr, DependentCoawaitExpr>(S)) {
      // Only the operand is the user's code; the rest is synthesised.
      Cost.Suspends = true;
      Work.then(isa<CoroutineSuspendExpr>(S)
                    ? cast<CoroutineSuspendExpr>(S)->getOperand()
                    : cast<DependentCoawaitExpr>(S)->getOperand());
      return true;
    }
    if (std::optional<KnownCall> Call = asKnownCall(S, Knowledge)) {
      if (isYieldPoint(*Call, Knowledge))
        Cost.Suspends = true;
      else if (const Known<CpuHeavyCallEntry> *Heavy =
                   findCpuHeavyCall(*Call, Knowledge);
               Heavy && !Cost.HeavyCall)
        Cost.HeavyCall = MatchedCall<CpuHeavyCallEntry>{*Call, Heavy};
      else if (findLoopEntry(*Call, Knowledge) ||
               findBlockingCall(*Call, Knowledge, /*Discarded=*/false))
        Cost.Waits = true;
    }
    for (const Stmt *Child : S->children())
      Work.then(Child);
    return true;
  });
}

} // namespace corolint
