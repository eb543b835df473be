//===--- KnowledgeThreads.h - The thread model the knowledge gives -*- C++ -*-//
//
// Offload points, resume points and assertion macros from the knowledge
// files, as the ThreadModel that decides which code runs on a coroutine's
// event loop, and which code reports a failed assertion.
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
  bool keepsArgument(const clang::Expr *Call, unsigned Index) const override;
  std::optional<ResumeThread>
  resumesOn(const clang::Expr *Operand) const override;
  const clang::Expr *awaitedByWait(const clang::Expr *Call) const override;
  bool startsOnPool(const clang::FunctionDecl *Function) const override;
  const clang::FunctionDecl *
  lockTakenBy(const clang::CXXConstructExpr *Guard) const override;
  bool isAssertionMacro(llvm::StringRef Name) const override {
    return Knowledge.isAssertionMacro(Name);
  }

private:
  /// Whether the result \p Producer makes is completed on a thread pool.
  bool producedOnPool(const clang::Expr *Producer) const;

  const KnowledgeBase &Knowledge;
};

} // namespace corolint

#endif // COROLINT_ANALYSIS_KNOWLEDGETHREADS_H
