//===--- CpuHeavyWorkCheck.h - coro-cpu-heavy-work --------------*- C++ -*-===//
//
// The C++ form of a long computation inside an `async def`: CPU-bound work
// in a coroutine, on its event loop's thread, with no suspension point, so
// that nothing else on the loop runs until it ends. Costly loops, busy-waits
// and CPU-heavy library calls, directly or through helper functions.
// See docs/checks/coro-cpu-heavy-work.md.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_CHECKS_CPUHEAVYWORKCHECK_H
#define COROLINT_CHECKS_CPUHEAVYWORKCHECK_H

#include "LoopEffectCheck.h"
#include "analysis/KnownCalls.h"
#include "analysis/LoopCost.h"
#include "llvm/ADT/DenseSet.h"

namespace corolint {

/// One piece of CPU-heavy work: a call or a loop.
struct CpuHeavyWork {
  enum class Kind {
    HeavyCall,        ///< A CPU-heavy library call.
    BusyWait,         ///< A loop that spins on a flag.
    LoopCallingHeavy, ///< A loop that makes a CPU-heavy call.
    ManyIterations,   ///< A loop nest with many iterations known statically.
    DeepNest,         ///< A deep nest of loops with runtime bounds.
  };
  Kind What = Kind::HeavyCall;
  /// The call or the loop.
  const clang::Stmt *At = nullptr;
  /// The heavy call (HeavyCall, LoopCallingHeavy).
  std::optional<MatchedCall<CpuHeavyCallEntry>> Call;
  /// The loop's cost (the loop kinds).
  LoopCost Cost;
  /// What a busy-wait spins on.
  const clang::Expr *Flag = nullptr;

  bool isLoop() const { return What != Kind::HeavyCall; }
};

class CpuHeavyWorkCheck : public LoopEffectCheck<CpuHeavyWork> {
public:
  CpuHeavyWorkCheck(llvm::StringRef Name,
                    clang::tidy::ClangTidyContext *Context);

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void beginUnit() override;

private:
  void visit(const LoopStatement &At) override;
  std::optional<CpuHeavyWork> findEffect(const clang::Stmt *S,
                                         bool Discarded) const override;
  std::optional<CpuHeavyWork> findLoopEffect(const clang::Stmt *Loop) const;
  void reportDirect(const CpuHeavyWork &Found,
                    const LoopStatement &At) override;
  ChainEnd describeEnd(const CpuHeavyWork &Found,
                       const clang::FunctionDecl *Last) const override;
  /// The advice on \p Work, up to the coroutine's way of offloading work.
  static std::string adviceLead(const CpuHeavyWork &Work);
  /// The note on how to get the work off the loop.
  void noteAdvice(clang::SourceLocation Loc, const BodyContext &Where,
                  const CpuHeavyWork &Work, bool InPlace);
  /// Marks the statements of a reported loop, which are not reported again.
  void cover(const clang::Stmt *Loop);

  const uint64_t IterationThreshold;
  const unsigned NestingThreshold;
  /// Created on first use in each translation unit, when the AST is known.
  mutable std::unique_ptr<LoopCostModel> Costs;
  llvm::DenseSet<const clang::Stmt *> Covered;
};

} // namespace corolint

#endif // COROLINT_CHECKS_CPUHEAVYWORKCHECK_H
