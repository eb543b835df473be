//===--- KnowledgeYaml.h - Reading and printing knowledge files -*- C++ -*-===//

#ifndef COROLINT_KNOWLEDGE_KNOWLEDGEYAML_H
#define COROLINT_KNOWLEDGE_KNOWLEDGEYAML_H

#include "knowledge/Knowledge.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace corolint {

/// Parses one knowledge file. \p SourceName names it in errors, which read
/// `<SourceName>:<line>:<col>: error: <what>` followed by the offending line.
llvm::Expected<FrameworkKnowledge> parseKnowledge(llvm::StringRef Text,
                                                  llvm::StringRef SourceName);

/// Prints the knowledge in effect as YAML, each entry with the file it came
/// from (the output of `corolint --dump-knowledge`).
void printKnowledge(const KnowledgeBase &Knowledge, llvm::raw_ostream &OS);

} // namespace corolint

#endif // COROLINT_KNOWLEDGE_KNOWLEDGEYAML_H
