//===--- CoroLintCheck.h - What every corolint check shares -----*- C++ -*-===//
//
// Every check reads the framework knowledge in effect: the built-in files and
// those the `KnowledgeFiles` option names (read locally or globally, so one
// setting serves all checks). A bad file is a configuration error; the check
// then goes on with the built-in knowledge. Every check also reads
// `ThirdPartyHeaders` the same way (see analysis/ProjectCode.h) and registers
// it for each translation unit before it is parsed.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_CHECKS_COROLINTCHECK_H
#define COROLINT_CHECKS_COROLINTCHECK_H

#include "FindingSeverity.h"
#include "analysis/ProjectCode.h"
#include "analysis/SharedWalks.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "knowledge/Knowledge.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>

namespace corolint {

class CoroLintCheck : public clang::tidy::ClangTidyCheck {
public:
  CoroLintCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

  /// A check whose Severity is `off` does not run.
  bool isLanguageVersionSupported(
      const clang::LangOptions &LangOpts) const override {
    return LangOpts.Coroutines && Severity != FindingSeverity::Off;
  }
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  /// Registers ThirdPartyHeaders for the unit; a check that overrides it
  /// calls it.
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;

  /// ClangTidyCheck's diag, with a finding (a warning) made an error when the
  /// check's Severity is `error`. Every finding and note goes through it.
  clang::DiagnosticBuilder
  diag(clang::SourceLocation Loc, llvm::StringRef Description,
       clang::DiagnosticIDs::Level Level = clang::DiagnosticIDs::Warning);

  ~CoroLintCheck() override;

protected:
  /// Makes \p Reader (this check) read the shared walks of its knowledge
  /// (SharedWalks.h), with the walks' matcher in \p Finder once; call it
  /// from registerMatchers.
  void readSharedWalks(clang::ast_matchers::MatchFinder *Finder,
                       WalkReader *Reader);

  /// The walks this check reads, shared with the other checks; null if it
  /// reads none.
  std::shared_ptr<SharedWalks> Walks;

  /// Claims the finding at \p Loc: false when the translation unit has one
  /// there already (the template as written, or another instantiation).
  bool claimFinding(clang::SourceLocation Loc, const clang::ASTContext &AST);

  /// After a finding made in the instantiation being walked: a note naming
  /// it, since another instantiation of the same code may not do the same.
  void noteInstantiation();

  /// The instantiation being walked, or null for code as written. Its
  /// findings carry no fix-it: the same text serves every instantiation.
  const clang::FunctionDecl *Instance = nullptr;

  /// Null only if even the built-in knowledge failed to load.
  std::shared_ptr<const KnowledgeBase> Knowledge;

private:
  /// Forgets the previous translation unit's claims.
  void startUnit(const clang::ASTContext &AST);

  WalkReader *Reading = nullptr;

  const std::string RawKnowledgeFiles;
  /// As given; ThirdPartyPattern is the one in effect (the default when the
  /// given one is not a regular expression).
  const std::string RawThirdPartyHeaders;
  std::string ThirdPartyPattern;
  ThirdPartyRegistration ThirdParty;
  const FindingSeverity Severity;
  const clang::ASTContext *ClaimsFor = nullptr;
  llvm::DenseSet<clang::SourceLocation> Claimed;
};

} // namespace corolint

#endif // COROLINT_CHECKS_COROLINTCHECK_H
