//===--- CoroLintCheck.cpp - What every corolint check shares -------------===//

#include "CoroLintCheck.h"
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

CoroLintCheck::~CoroLintCheck() {
  // Only the pointer is dropped: the derived reader is gone already.
  if (Walks && Reading)
    Walks->removeReader(Reading);
}

void CoroLintCheck::readSharedWalks(clang::ast_matchers::MatchFinder *Finder,
                                    WalkReader *Reader) {
  Walks = SharedWalks::join(Knowledge);
  Reading = Reader;
  Walks->addReader(Reader, Finder);
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
