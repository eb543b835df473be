//===--- CoroLintCheck.cpp - What every corolint check shares -------------===//

#include "CoroLintCheck.h"
#include "analysis/Worklist.h"
#include "knowledge/KnowledgeOption.h"

namespace corolint {

CoroLintCheck::CoroLintCheck(llvm::StringRef Name,
                             clang::tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RawKnowledgeFiles(
          Options.getLocalOrGlobal(KnowledgeFilesOption, "").str()),
      RawThirdPartyHeaders(Options
                               .getLocalOrGlobal(ThirdPartyHeadersOption,
                                                 DefaultThirdPartyHeaders)
                               .str()),
      ThirdPartyPattern(RawThirdPartyHeaders),
      Severity(Options.get(SeverityOption, FindingSeverity::Warning)) {
  if (llvm::Error Invalid = validateThirdPartyHeaders(RawThirdPartyHeaders)) {
    configurationDiag("%0", clang::DiagnosticIDs::Error)
        << llvm::toString(std::move(Invalid));
    ThirdPartyPattern = DefaultThirdPartyHeaders.str();
  }
  auto Loaded = loadKnowledge(splitKnowledgeFiles(RawKnowledgeFiles));
  if (!Loaded) {
    configurationDiag("%0", clang::DiagnosticIDs::Error)
        << llvm::toString(Loaded.takeError());
    Loaded = loadKnowledge({}); // Go on with the built-in knowledge.
  }
  if (Loaded)
    Knowledge = *Loaded;
  else
    llvm::consumeError(Loaded.takeError());
}

clang::ast_matchers::internal::BindableMatcher<clang::Decl>
CoroLintCheck::projectFunctionDefinitions() {
  using namespace clang::ast_matchers;
  return functionDecl(
      isDefinition(), isInProjectCode(), unless(isTemplateInstantiation()),
      unless(cxxMethodDecl(ofClass(cxxRecordDecl(isLambda())))));
}

clang::ast_matchers::internal::BindableMatcher<clang::Decl>
CoroLintCheck::projectTemplateInstantiations() {
  using namespace clang::ast_matchers;
  // A lambda's call operator is walked with the function around it, which
  // decides where the lambda runs; a generic lambda is judged as written.
  return functionDecl(
      isDefinition(), isTemplateInstantiation(), isInProjectCode(),
      unless(cxxMethodDecl(ofClass(cxxRecordDecl(isLambda())))));
}

void CoroLintCheck::registerPPCallbacks(const clang::SourceManager &SM,
                                        clang::Preprocessor *,
                                        clang::Preprocessor *) {
  ThirdParty.registerFor(SM, ThirdPartyPattern);
}

void CoroLintCheck::startUnit(const clang::ASTContext &AST) {
  if (ClaimsFor == &AST)
    return;
  ClaimsFor = &AST;
  Claimed.clear();
  DependentCalls.clear();
}

/// Whether \p Body has a call or construction whose callee a template
/// argument decides.
static bool hasDependentCall(const clang::Stmt *Body) {
  return !walkStmts(Body, [](const clang::Stmt *S) {
    const auto *Call = llvm::dyn_cast<clang::CallExpr>(S);
    bool Dependent =
        llvm::isa<clang::ParenListExpr, clang::CXXUnresolvedConstructExpr>(S) ||
        (Call && !Call->getDirectCallee() && Call->isTypeDependent());
    return Dependent ? Walk::Stop : Walk::Into;
  });
}

bool CoroLintCheck::hasCallsResolvedPerInstantiation(
    const clang::FunctionDecl *Instance) {
  startUnit(Instance->getASTContext());
  const clang::FunctionDecl *Pattern =
      Instance->getTemplateInstantiationPattern();
  if (!Pattern || !Pattern->getBody())
    return false;
  auto [It, Inserted] = DependentCalls.try_emplace(Pattern, false);
  if (Inserted)
    It->second = hasDependentCall(Pattern->getBody());
  return It->second;
}

bool CoroLintCheck::claimFinding(clang::SourceLocation Loc,
                                 const clang::ASTContext &AST) {
  startUnit(AST);
  return Claimed.insert(Loc).second;
}

void CoroLintCheck::noteInstantiation() {
  if (!Instance)
    return;
  std::string Name;
  llvm::raw_string_ostream Out(Name);
  Instance->getNameForDiagnostic(
      Out, Instance->getASTContext().getPrintingPolicy(), /*Qualified=*/true);
  diag(Instance->getPointOfInstantiation().isValid()
           ? Instance->getPointOfInstantiation()
           : Instance->getLocation(),
       "found in the instantiation '%0', made here; others may differ",
       clang::DiagnosticIDs::Note)
      << Name;
}

void CoroLintCheck::storeOptions(
    clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, KnowledgeFilesOption, RawKnowledgeFiles);
  Options.store(Opts, ThirdPartyHeadersOption, RawThirdPartyHeaders);
  Options.store(Opts, SeverityOption, Severity);
}

clang::DiagnosticBuilder
CoroLintCheck::diag(clang::SourceLocation Loc, llvm::StringRef Description,
                    clang::DiagnosticIDs::Level Level) {
  if (Level == clang::DiagnosticIDs::Warning &&
      Severity == FindingSeverity::Error)
    Level = clang::DiagnosticIDs::Error;
  return ClangTidyCheck::diag(Loc, Description, Level);
}

} // namespace corolint
