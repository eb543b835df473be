//===--- TaskNotCoroutineCheck.h - coro-task-not-coroutine ------*- C++ -*-===//
//
// A function that returns a task but has no co_await, co_return or co_yield
// is an ordinary function: its body runs at the call, and when it reaches its
// closing brace it returns no task at all (undefined behaviour). The usual
// cause is a coroutine whose author forgot the co_return. Wrappers that
// return another coroutine's task on every path are fine. See
// docs/checks/coro-task-not-coroutine.md.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_CHECKS_TASKNOTCOROUTINECHECK_H
#define COROLINT_CHECKS_TASKNOTCOROUTINECHECK_H

#include "CoroLintCheck.h"
#include "analysis/TaskTypes.h"
#include <memory>

namespace corolint {

class TaskNotCoroutineCheck : public CoroLintCheck {
public:
  using CoroLintCheck::CoroLintCheck;

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;

private:
  std::unique_ptr<TaskTypeClassifier> Classifier;
};

} // namespace corolint

#endif // COROLINT_CHECKS_TASKNOTCOROUTINECHECK_H
