//===--- DanglingReferenceCheck.h - coro-dangling-reference -----*- C++ -*-===//
//
// A lazy task keeps the references its coroutine was called with: reference,
// view and pointer parameters, the implicit object, and a lambda's captures
// (read through the lambda object). When the task runs after what they refer
// to is gone (a temporary of the call's full expression, a local whose scope
// ended, a temporary lambda), it reads freed memory. Judged at the call, by
// what the argument is and where the task goes: awaited or waited on in the
// same full expression is fine; stored, returned or started to run later is
// not. See docs/checks/coro-dangling-reference.md.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_CHECKS_DANGLINGREFERENCECHECK_H
#define COROLINT_CHECKS_DANGLINGREFERENCECHECK_H

#include "CoroLintCheck.h"
#include "analysis/TaskTypes.h"
#include <memory>

namespace corolint {

class DanglingReferenceCheck : public CoroLintCheck, public WalkReader {
public:
  using CoroLintCheck::CoroLintCheck;

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void beginUnit() override;

  bool beginWalk(const WalkedCode &Code) override;
  void read(const WalkedStatement &At) override;
  void endWalk(const WalkedCode &Code) override;

private:
  /// Finds and reports the tasks \p Function makes that outlive what they
  /// refer to.
  void scan(const clang::FunctionDecl *Function, clang::ASTContext &AST);

  std::unique_ptr<TaskTypeClassifier> Classifier;
  /// The walk being read makes a lazy task of the project's.
  bool MakesLazyTask = false;
};

} // namespace corolint

#endif // COROLINT_CHECKS_DANGLINGREFERENCECHECK_H
