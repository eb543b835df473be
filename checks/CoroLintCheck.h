//===--- CoroLintCheck.h - What every corolint check shares -----*- C++ -*-===//
//
// Every check reads the framework knowledge in effect: the built-in files and
// those the `KnowledgeFiles` option names (read locally or globally, so one
// setting serves all checks). A bad file is a configuration error; the check
// then goes on with the built-in knowledge.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_CHECKS_COROLINTCHECK_H
#define COROLINT_CHECKS_COROLINTCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "knowledge/Knowledge.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include <memory>

namespace corolint {

class CoroLintCheck : public clang::tidy::ClangTidyCheck {
public:
  CoroLintCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

  bool isLanguageVersionSupported(
      const clang::LangOptions &LangOpts) const override {
    return LangOpts.Coroutines;
  }
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

protected:
  /// The function definitions the checks walk: those the project wrote (not
  /// in system headers), each once as written (not template instantiations),
  /// lambdas with the function around them. Bind it to use it.
  static clang::ast_matchers::internal::BindableMatcher<clang::Decl>
  projectFunctionDefinitions();

  /// Null only if even the built-in knowledge failed to load.
  std::shared_ptr<const KnowledgeBase> Knowledge;

private:
  const std::string RawKnowledgeFiles;
};

} // namespace corolint

#endif // COROLINT_CHECKS_COROLINTCHECK_H
