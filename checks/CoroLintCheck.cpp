//===--- CoroLintCheck.cpp - What every corolint check shares -------------===//

#include "CoroLintCheck.h"
#include "knowledge/KnowledgeOption.h"

namespace corolint {

CoroLintCheck::CoroLintCheck(llvm::StringRef Name,
                             clang::tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RawKnowledgeFiles(
          Options.getLocalOrGlobal(KnowledgeFilesOption, "").str()) {
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
      isDefinition(), unless(isExpansionInSystemHeader()),
      unless(isTemplateInstantiation()),
      unless(cxxMethodDecl(ofClass(cxxRecordDecl(isLambda())))));
}

void CoroLintCheck::storeOptions(
    clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, KnowledgeFilesOption, RawKnowledgeFiles);
}

} // namespace corolint
