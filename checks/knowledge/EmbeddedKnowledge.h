//===--- EmbeddedKnowledge.h - Knowledge files built into corolint -*- C++
//-*-===//

#ifndef COROLINT_KNOWLEDGE_EMBEDDEDKNOWLEDGE_H
#define COROLINT_KNOWLEDGE_EMBEDDEDKNOWLEDGE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace corolint {

struct EmbeddedFile {
  llvm::StringRef Name; ///< File name under checks/knowledge/, e.g. asio.yaml.
  llvm::StringRef Text;
};

/// The knowledge files of checks/knowledge/, sorted by name.
llvm::ArrayRef<EmbeddedFile> embeddedKnowledgeFiles();

} // namespace corolint

#endif // COROLINT_KNOWLEDGE_EMBEDDEDKNOWLEDGE_H
