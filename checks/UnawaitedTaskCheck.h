//===--- UnawaitedTaskCheck.h - coro-unawaited-task -------------*- C++ -*-===//
//
// The C++ form of Python's "coroutine was never awaited": a task that is
// created and then dropped. A lazy task never runs; an eager one runs, but its
// result and errors are lost. See docs/checks/coro-unawaited-task.md.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_CHECKS_UNAWAITEDTASKCHECK_H
#define COROLINT_CHECKS_UNAWAITEDTASKCHECK_H

#include "CoroLintCheck.h"
#include "analysis/FunctionBodies.h"
#include "analysis/TaskTypes.h"
#include <memory>

namespace corolint {

class UnawaitedTaskCheck : public CoroLintCheck, public WalkReader {
public:
  UnawaitedTaskCheck(llvm::StringRef Name,
                     clang::tidy::ClangTidyContext *Context);

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void beginUnit() override;

  bool beginWalk(const WalkedCode &Code) override;
  void read(const WalkedStatement &At) override;
  void endWalk(const WalkedCode &Code) override { Instance = nullptr; }

private:
  /// A discarded awaiter (a type with `await_ready`/`await_suspend`/
  /// `await_resume` or `operator co_await`) made by a call in a coroutine.
  void checkDiscardedAwaiter(const clang::Expr *E, const BodyContext &Where);
  void checkDiscardedCall(const clang::Expr *E, bool CastToVoid,
                          const BodyContext &Where);
  void checkUnusedLocal(const clang::DeclStmt *Decl, const BodyContext &Where);
  void checkDroppedCallback(const clang::Stmt *S, const BodyContext &Where);

  /// The task type of a prvalue call, if it is one.
  std::optional<TaskTypeInfo> taskCreatedBy(const clang::Expr *E,
                                            const clang::CallExpr *&Call);
  /// Whether `co_await` inserted at this point would certainly compile.
  bool canInsertAwait(const TaskTypeInfo &Task, const BodyContext &Where,
                      const clang::Expr *Written, std::string &Why);
  /// The note for a task that cannot be awaited where it is.
  void noteHowToHandle(const TaskTypeInfo &Task, const BodyContext &Where,
                       clang::SourceLocation Loc, llvm::StringRef Why);

  const std::string RawTaskTypes;
  const std::string RawIgnoredTaskTypes;
  const bool AllowCastToVoid;

  std::vector<TaskTypeEntry> ExtraTaskTypes;
  std::vector<std::string> IgnoredTaskTypes;
  std::unique_ptr<TaskTypeClassifier> Classifier;
  clang::ASTContext *AST = nullptr;
};

} // namespace corolint

#endif // COROLINT_CHECKS_UNAWAITEDTASKCHECK_H
