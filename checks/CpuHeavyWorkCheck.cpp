//===--- CpuHeavyWorkCheck.cpp - coro-cpu-heavy-work ----------------------===//

#include "CpuHeavyWorkCheck.h"
#include "analysis/LoopCalls.h"
#include "analysis/SpinLoops.h"
#include "analysis/TripCounts.h"
#include "analysis/Worklist.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace corolint {

namespace {

constexpr llvm::StringLiteral IterationThresholdOption = "IterationThreshold";
constexpr llvm::StringLiteral NestingThresholdOption = "NestingThreshold";

/// `1,000,000`.
std::string withSeparators(uint64_t Number) {
  std::string Digits = std::to_string(Number);
  std::string Result;
  for (size_t Index = 0; Index < Digits.size(); ++Index) {
    if (Index != 0 && (Digits.size() - Index) % 3 == 0)
      Result += ',';
    Result += Digits[Index];
  }
  return Result;
}

/// `1,000,000 iterations`, `1,000 x 1,000 = 1,000,000 iterations`, with
/// `at least` when loops with runtime bounds multiply it, `more than 10^19
/// iterations` past what the count holds.
std::string describeIterations(const LoopCost &Cost) {
  std::string Text = Cost.RuntimeBoundOnPath ? "at least " : "";
  if (Cost.KnownTrips.size() > 1) {
    for (size_t Index = 0; Index < Cost.KnownTrips.size(); ++Index)
      Text += (Index ? " x " : "") + withSeparators(Cost.KnownTrips[Index]);
    Text += " = ";
  }
  // The count saturates: past what 64 bits hold, say only that.
  if (Cost.Iterations == UINT64_MAX)
    return Text + "more than 10^19 iterations";
  return Text + withSeparators(Cost.Iterations) + " iterations";
}

bool isNest(const LoopCost &Cost) {
  return Cost.KnownTrips.size() > 1 || Cost.RuntimeBoundOnPath;
}

std::string describeHeavyCall(const CpuHeavyWork &Work) {
  return describeKnownCall(Work.Call->Call, Work.Call->Match->Item->Name);
}

std::string describeHeavyCallAsAction(const CpuHeavyWork &Work) {
  return describeKnownCallAsAction(Work.Call->Call,
                                   Work.Call->Match->Item->Name);
}

/// The work as the subject of a sentence: `loop runs 2,000,000 iterations`.
std::string describeAsClause(const CpuHeavyWork &Work) {
  switch (Work.What) {
  case CpuHeavyWork::Kind::HeavyCall:
    return describeHeavyCall(Work) + " " + Work.Call->Match->Item->Reason;
  case CpuHeavyWork::Kind::BusyWait:
    return "loop spins on " + describeFlag(Work.Flag);
  case CpuHeavyWork::Kind::LoopCallingHeavy:
    return "loop " + describeHeavyCallAsAction(Work) + " on every iteration";
  case CpuHeavyWork::Kind::ManyIterations:
    return (isNest(Work.Cost) ? "loop nest runs " : "loop runs ") +
           describeIterations(Work.Cost);
  case CpuHeavyWork::Kind::DeepNest:
    return "nest of " + std::to_string(Work.Cost.RuntimeDepth) +
           " loops with runtime bounds runs";
  }
  llvm_unreachable("a kind of work without a description");
}

/// The work as a noun phrase: `a loop of 2,000,000 iterations`.
std::string describeAsNoun(const CpuHeavyWork &Work) {
  switch (Work.What) {
  case CpuHeavyWork::Kind::HeavyCall:
    return describeHeavyCall(Work) + ", which " +
           Work.Call->Match->Item->Reason;
  case CpuHeavyWork::Kind::BusyWait:
    return "a busy-wait on " + describeFlag(Work.Flag);
  case CpuHeavyWork::Kind::LoopCallingHeavy:
    return "a loop that " + describeHeavyCallAsAction(Work) +
           " on every iteration";
  case CpuHeavyWork::Kind::ManyIterations:
    return (isNest(Work.Cost) ? "a loop nest of " : "a loop of ") +
           describeIterations(Work.Cost);
  case CpuHeavyWork::Kind::DeepNest:
    return "a nest of " + std::to_string(Work.Cost.RuntimeDepth) +
           " loops with runtime bounds";
  }
  llvm_unreachable("a kind of work without a description");
}

} // namespace

CpuHeavyWorkCheck::CpuHeavyWorkCheck(llvm::StringRef Name,
                                     tidy::ClangTidyContext *Context)
    : LoopEffectCheck(Name, Context),
      IterationThreshold(Options.get(IterationThresholdOption, 1'000'000ULL)),
      NestingThreshold(Options.get(NestingThresholdOption, 3U)) {}

void CpuHeavyWorkCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  LoopEffectCheck::storeOptions(Opts);
  Options.store(Opts, IterationThresholdOption, IterationThreshold);
  Options.store(Opts, NestingThresholdOption, NestingThreshold);
}

void CpuHeavyWorkCheck::beginUnit() {
  LoopEffectCheck::beginUnit();
  Costs.reset();
  Covered.clear();
}

void CpuHeavyWorkCheck::visit(const LoopStatement &At) {
  // Work in a static local's initializer is paid once, not per call.
  if (At.Where.RunsOnce || Covered.count(At.S))
    return;
  LoopEffectCheck::visit(At);
}

std::optional<CpuHeavyWork> CpuHeavyWorkCheck::findEffect(const Stmt *S,
                                                          bool) const {
  if (isLoop(S))
    return findLoopEffect(S);
  std::optional<KnownCall> Call = asKnownCall(S, *Knowledge);
  if (!Call)
    return std::nullopt;
  const Known<CpuHeavyCallEntry> *Entry = findCpuHeavyCall(*Call, *Knowledge);
  if (!Entry)
    return std::nullopt;
  CpuHeavyWork Work;
  Work.At = S;
  Work.Call = MatchedCall<CpuHeavyCallEntry>{std::move(*Call), Entry};
  return Work;
}

std::optional<CpuHeavyWork>
CpuHeavyWorkCheck::findLoopEffect(const Stmt *Loop) const {
  if (!Costs)
    Costs = std::make_unique<LoopCostModel>(*Knowledge, *AST);
  const LoopCost &Cost = Costs->costOf(Loop);
  if (Cost.Suspends)
    return std::nullopt;
  CpuHeavyWork Work;
  Work.At = Loop;
  Work.Cost = Cost;
  if (!Cost.Waits && (Work.Flag = spinFlag(Loop, *Knowledge, *AST)))
    Work.What = CpuHeavyWork::Kind::BusyWait;
  else if (Cost.HeavyCall) {
    Work.What = CpuHeavyWork::Kind::LoopCallingHeavy;
    Work.Call = Cost.HeavyCall;
  } else if (!Cost.KnownTrips.empty() && Cost.Iterations >= IterationThreshold)
    Work.What = CpuHeavyWork::Kind::ManyIterations;
  else if (Cost.RuntimeDepth >= NestingThreshold)
    Work.What = CpuHeavyWork::Kind::DeepNest;
  else
    return std::nullopt;
  return Work;
}

void CpuHeavyWorkCheck::reportDirect(const CpuHeavyWork &Found,
                                     const LoopStatement &At) {
  SourceLocation Loc = Found.At->getBeginLoc();
  if (!Found.isLoop()) {
    diag(Loc, "%0 on the event loop thread: nothing else runs on this loop "
              "until it returns")
        << describeAsClause(Found) << Found.Call->Call.Call->getSourceRange();
    noteAdvice(Loc, At.Where, Found, /*InPlace=*/true);
    return;
  }
  bool Spins = Found.What == CpuHeavyWork::Kind::BusyWait;
  diag(Loc, "%0 without suspending: nothing else runs on this event loop "
            "%select{until it ends|while it spins}1")
      << describeAsClause(Found) << Spins;
  if (Found.What == CpuHeavyWork::Kind::LoopCallingHeavy)
    diag(Found.Call->Call.Call->getBeginLoc(), "%0 %1 here",
         DiagnosticIDs::Note)
        << describeHeavyCall(Found) << Found.Call->Match->Item->Reason;
  noteAdvice(Loc, At.Where, Found, /*InPlace=*/true);
  cover(Found.At);
}

CpuHeavyWorkCheck::ChainEnd
CpuHeavyWorkCheck::describeEnd(const CpuHeavyWork &Found,
                               const FunctionDecl *Last) const {
  ChainEnd End;
  End.Text.Tail = "does CPU-heavy work on the event loop thread (" +
                  describeAsNoun(Found) +
                  "): nothing else runs on this loop until it returns";
  End.Text.Note = describeFunction(Last) +
                  (Found.isLoop() ? " runs " + describeAsNoun(Found)
                                  : " " + describeHeavyCallAsAction(Found)) +
                  " here";
  End.Text.AdviceLead = adviceLead(Found);
  End.Text.AdviceOffload = Found.What != CpuHeavyWork::Kind::BusyWait;
  End.At = Found.At->getBeginLoc();
  return End;
}

std::string CpuHeavyWorkCheck::adviceLead(const CpuHeavyWork &Work) {
  std::string Lead =
      Work.What == CpuHeavyWork::Kind::BusyWait
          ? "co_await what sets the flag instead of spinning (a timer, a "
            "channel, an event of the coroutine's framework)"
          : "move the work off the event loop: ";
  if (Work.Call && !Work.Call->Match->Item->Instead.empty())
    Lead = Work.Call->Match->Item->Instead + "; or " + Lead;
  return Lead;
}

void CpuHeavyWorkCheck::noteAdvice(SourceLocation Loc, const BodyContext &Where,
                                   const CpuHeavyWork &Work, bool InPlace) {
  std::string Advice = adviceLead(Work);
  if (Work.What != CpuHeavyWork::Kind::BusyWait)
    Advice += offloadAdvice(Where);
  // Only the coroutine's own loop can suspend; a helper cannot.
  std::string Yield = yieldAdvice(Where);
  if (InPlace && Work.isLoop() && !Yield.empty())
    Advice += "; or, where the loop's state allows it, suspend inside it "
              "with " +
              Yield;
  diag(Loc, "%0", DiagnosticIDs::Note) << Advice;
}

void CpuHeavyWorkCheck::cover(const Stmt *Loop) {
  walkStmts(Loop, [&](const Stmt *S) {
    if (isa<LambdaExpr>(S))
      return Walk::Over;
    Covered.insert(S);
    return Walk::Into;
  });
}

} // namespace corolint
