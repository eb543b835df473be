//===--- DeclNames.cpp - Names as the knowledge files write them ----------===//

#include "analysis/DeclNames.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace corolint {

std::string knowledgeName(const NamedDecl *D) {
  if (!D || !D->getIdentifier())
    return "";
  llvm::SmallVector<llvm::StringRef, 8> Parts{D->getName()};
  for (const DeclContext *Ctx = D->getDeclContext();
       Ctx && !Ctx->isTranslationUnit(); Ctx = Ctx->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(Ctx)) {
      if (!NS->isInline() && !NS->isAnonymousNamespace())
        Parts.push_back(NS->getName());
    } else if (const auto *Record = dyn_cast<RecordDecl>(Ctx)) {
      if (!Record->getIdentifier())
        return "";
      Parts.push_back(Record->getName());
    } else if (const auto *Enum = dyn_cast<EnumDecl>(Ctx)) {
      // A scoped enumerator is named through its enumeration.
      if (Enum->isScoped())
        Parts.push_back(Enum->getName());
    } else if (Ctx->isFunctionOrMethod()) {
      return ""; // Local entities are never named by knowledge files.
    }
    // extern "C" blocks and export declarations add nothing to the name.
  }
  return llvm::join(llvm::reverse(Parts), "::");
}

} // namespace corolint
