//===--- KnowledgeOption.h - The knowledge in effect for a check -*- C++
//-*-===//
//
// Both binaries get user knowledge files through one CheckOption,
// `KnowledgeFiles` (';'-separated paths, read with getLocalOrGlobal so it can
// be set once for all checks). The driver's --knowledge flags append to it, so
// the driver and the clang-tidy plugin load exactly the same knowledge.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_KNOWLEDGE_KNOWLEDGEOPTION_H
#define COROLINT_KNOWLEDGE_KNOWLEDGEOPTION_H

#include "clang-tidy/ClangTidyOptions.h"
#include "knowledge/Knowledge.h"
#include "llvm/Support/Error.h"
#include <memory>

namespace corolint {

/// The CheckOption key naming extra knowledge files.
inline constexpr llvm::StringLiteral KnowledgeFilesOption = "KnowledgeFiles";

/// Whether \p Key is the KnowledgeFiles option, global (`KnowledgeFiles`) or
/// local to one check (`coro-unawaited-task.KnowledgeFiles`).
bool isKnowledgeFilesKey(llvm::StringRef Key);

/// The KnowledgeFiles value \p Check reads from \p CheckOptions: its own
/// (`<check>.KnowledgeFiles`) if set, else the global one, as
/// ClangTidyCheck::OptionsView::getLocalOrGlobal reads it. The driver needs
/// this before any check exists, to validate and dump the same knowledge.
std::string
knowledgeFilesFor(const clang::tidy::ClangTidyOptions::OptionMap &CheckOptions,
                  llvm::StringRef Check);

/// Splits a `KnowledgeFiles` value into paths, dropping empty items.
std::vector<std::string> splitKnowledgeFiles(llvm::StringRef OptionValue);
/// Joins paths into a `KnowledgeFiles` value.
std::string joinKnowledgeFiles(llvm::ArrayRef<std::string> Files);

/// The embedded knowledge plus \p Files in order. Each distinct list is read
/// once per process and shared by every check that asks for it.
llvm::Expected<std::shared_ptr<const KnowledgeBase>>
loadKnowledge(llvm::ArrayRef<std::string> Files);

} // namespace corolint

#endif // COROLINT_KNOWLEDGE_KNOWLEDGEOPTION_H
