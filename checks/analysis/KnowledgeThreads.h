//===--- KnowledgeThreads.h - The thread model the knowledge gives -*- C++ -*-//
//
// Offload points and resume points from the knowledge files, as the
// ThreadModel that decides which code runs on a coroutine's event loop.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_KNOWLEDGETHREADS_H
#define COROLINT_ANALYSIS_KNOWLEDGETHREADS_H

#include "analysis/FunctionBodies.h"
#include "knowledge/Knowledge.h"

namespace corolint {

class KnowledgeThreads : public ThreadModel {
public:
  explicit KnowledgeThreads(const KnowledgeBase &Knowledge)
      : Knowledge(Knowledge) {}

  bool runsArgumentElsewhere(const clang::Expr *Call,
                             unsigned Index) const override;
  std::optional<ResumeThread>
  resumesOn(const clang::Expr *Operand) const override;

private:
  const KnowledgeBase &Knowledge;
};

} // namespace corolint

#endif // COROLINT_ANALYSIS_KNOWLEDGETHREADS_H
