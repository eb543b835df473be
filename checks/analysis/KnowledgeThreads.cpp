//===--- KnowledgeThreads.cpp - The thread model the knowledge gives ------===//

#include "analysis/KnowledgeThreads.h"
#include "analysis/DiscardedExprs.h"
#include "analysis/KnownCalls.h"

using namespace clang;

namespace corolint {

bool KnowledgeThreads::runsArgumentElsewhere(const Expr *Call,
                                             unsigned Index) const {
  std::optional<KnownCall> Known = asKnownCall(Call, Knowledge);
  return Known && offloadsArgument(*Known, Index, Knowledge);
}

std::optional<ResumeThread>
KnowledgeThreads::resumesOn(const Expr *Operand) const {
  // `co_await pool.schedule()`: the operand is the call, maybe wrapped in
  // the temporary it returns.
  std::optional<KnownCall> Known =
      asKnownCall(ignoreTemporaryWrappers(Operand), Knowledge);
  if (!Known)
    return std::nullopt;
  if (const auto *Entry = findResumePoint(*Known, Knowledge))
    return Entry->Item->ResumesOn;
  return std::nullopt;
}

} // namespace corolint
