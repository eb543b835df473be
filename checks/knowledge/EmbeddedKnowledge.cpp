//===--- EmbeddedKnowledge.cpp - Knowledge files built into corolint ------===//

#include "knowledge/EmbeddedKnowledge.h"

namespace corolint {

llvm::ArrayRef<EmbeddedFile> embeddedKnowledgeFiles() {
  // Generated from checks/knowledge/*.yaml by cmake/EmbedFiles.cmake.
  static const EmbeddedFile Files[] = {
#include "EmbeddedKnowledge.inc"
  };
  return Files;
}

} // namespace corolint
