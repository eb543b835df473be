//===--- ExternalCalls.cpp - Calls into other translation units -----------===//

#include "analysis/ExternalCalls.h"
#include "analysis/FunctionBodies.h"
#include "analysis/ProjectCode.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ASTLambda.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/FileManager.h"
#include "clang/Index/USRGeneration.h"

using namespace clang;

namespace corolint {

const FunctionDecl *calleeDefinedElsewhere(const Stmt *S) {
  const FunctionDecl *Callee = nullptr;
  if (const auto *Call = dyn_cast<CallExpr>(S))
    Callee = Call->getDirectCallee();
  else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
    Callee = Construct->getConstructor();
  if (!Callee || Callee->hasBody() || Callee->isDeleted() ||
      Callee->isImplicit() || Callee->getBuiltinID() ||
      Callee->isDependentContext() || Callee->isTemplateInstantiation() ||
      !Callee->isExternallyVisible())
    return nullptr;
  // A virtual call may run any override.
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
      Method && Method->isVirtual())
    return nullptr;
  // A library's function: what it does is knowledge, not a summary.
  if (!isProjectLocation(Callee->getLocation(),
                         Callee->getASTContext().getSourceManager()))
    return nullptr;
  return Callee;
}

bool isExportedDefinition(const FunctionDecl *Definition) {
  if (!Definition->doesThisDeclarationHaveABody() ||
      !Definition->isExternallyVisible() || Definition->isDependentContext() ||
      Definition->isTemplateInstantiation() || isCoroutine(Definition))
    return false;
  if (isLambdaCallOperator(Definition))
    return false;
  const SourceManager &SM = Definition->getASTContext().getSourceManager();
  return SM.isInMainFile(SM.getExpansionLoc(Definition->getLocation()));
}

std::string usrOf(const FunctionDecl *Function) {
  llvm::SmallString<128> Usr;
  if (index::generateUSRForDecl(Function, Usr))
    return "";
  return Usr.str().str();
}

uint64_t definitionHash(const FunctionDecl *Definition) {
  const SourceManager &SM = Definition->getASTContext().getSourceManager();
  CharSourceRange Range = SM.getExpansionRange(Definition->getSourceRange());
  auto [File, Begin] = SM.getDecomposedLoc(Range.getBegin());
  auto [EndFile, End] = SM.getDecomposedLoc(Range.getEnd());
  llvm::StringRef Buffer = SM.getBufferData(File);
  if (File != EndFile || End < Begin || End >= Buffer.size())
    return 0;
  return crossfile::contentHash(Buffer.slice(Begin, End + 1));
}

crossfile::Place placeOf(SourceLocation Loc, const SourceManager &SM,
                         crossfile::UnitFacts *Facts) {
  auto [File, Offset] = SM.getDecomposedLoc(SM.getExpansionLoc(Loc));
  OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
  if (!Entry)
    return {};
  llvm::SmallString<256> Path(Entry->getName());
  SM.getFileManager().makeAbsolutePath(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  if (Facts && !Facts->FileHashes.count(Path.str().str()))
    Facts->FileHashes[Path.str().str()] =
        crossfile::contentHash(SM.getBufferData(File));
  return {Path.str().str(), Offset};
}

SourceLocation locationOf(const crossfile::Place &At, SourceManager &SM) {
  OptionalFileEntryRef Entry = SM.getFileManager().getOptionalFileRef(At.File);
  if (!Entry)
    return {};
  FileID File = SM.getOrCreateFileID(*Entry, SrcMgr::C_User);
  std::optional<llvm::MemoryBufferRef> Buffer = SM.getBufferOrNone(File);
  if (!Buffer || At.Offset > Buffer->getBufferSize())
    return {};
  return SM.getComposedLoc(File, At.Offset);
}

} // namespace corolint
