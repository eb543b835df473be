//===--- NestedEventLoopCheck.h - coro-nested-event-loop --------*- C++ -*-===//
//
// The C++ form of calling `asyncio.run()` inside a coroutine: a call in a
// coroutine that runs an event loop or blocks the thread until an awaitable
// completes, directly or through helper functions of the translation unit.
// See docs/checks/coro-nested-event-loop.md.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_CHECKS_NESTEDEVENTLOOPCHECK_H
#define COROLINT_CHECKS_NESTEDEVENTLOOPCHECK_H

#include "LoopEffectCheck.h"
#include "analysis/KnownCalls.h"

namespace corolint {

class NestedEventLoopCheck
    : public LoopEffectCheck<MatchedCall<LoopEntryEntry>> {
public:
  using LoopEffectCheck::LoopEffectCheck;

private:
  using LoopEntry = MatchedCall<LoopEntryEntry>;

  std::optional<LoopEntry> findEffect(const clang::Stmt *S,
                                      bool Discarded) const override;
  const KnownCall *waitCall(const LoopEntry &Found) const override {
    return Found.Match->Item->Kind == LoopEntryKind::Wait ? &Found.Call
                                                          : nullptr;
  }
  void reportDirect(const LoopEntry &Found, const LoopStatement &At) override;
  ChainEnd describeEnd(const LoopEntry &Found,
                       const clang::FunctionDecl *Last) const override;
  /// The edits that await what \p Found waits for, or why there are none.
  llvm::SmallVector<clang::FixItHint, 1> awaitInstead(const LoopEntry &Found,
                                                      const LoopStatement &At,
                                                      std::string &WhyNot);
};

} // namespace corolint

#endif // COROLINT_CHECKS_NESTEDEVENTLOOPCHECK_H
