//===--- KnowledgeOption.cpp - The knowledge in effect for a check --------===//

#include "knowledge/KnowledgeOption.h"
#include "analysis/GlobalOptions.h"
#include "analysis/OptionLists.h"
#include "knowledge/EmbeddedKnowledge.h"
#include "knowledge/KnowledgeYaml.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include <map>
#include <mutex>

namespace corolint {

bool isKnowledgeFilesKey(llvm::StringRef Key) {
  return isGlobalOrLocalKey(Key, KnowledgeFilesOption);
}

std::string
knowledgeFilesFor(const clang::tidy::ClangTidyOptions::OptionMap &CheckOptions,
                  llvm::StringRef Check) {
  return localOrGlobalValue(CheckOptions, Check, KnowledgeFilesOption);
}

std::vector<std::string> splitKnowledgeFiles(llvm::StringRef OptionValue) {
  return splitOptionList(OptionValue);
}

std::string joinKnowledgeFiles(llvm::ArrayRef<std::string> Files) {
  return llvm::join(Files, ";");
}

static llvm::Expected<std::shared_ptr<const KnowledgeBase>>
readKnowledge(llvm::ArrayRef<std::string> Files) {
  auto Knowledge = std::make_shared<KnowledgeBase>();
  for (const EmbeddedFile &File : embeddedKnowledgeFiles()) {
    auto Parsed = parseKnowledge(File.Text, ("embedded:" + File.Name).str());
    if (!Parsed) // A build-time file that does not parse is a corolint bug.
      return Parsed.takeError();
    Knowledge->add(std::move(*Parsed));
  }
  for (const std::string &Path : Files) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
    if (!Buffer)
      return llvm::createStringError(
          Buffer.getError(), "%s: error: cannot read knowledge file: %s",
          Path.c_str(), Buffer.getError().message().c_str());
    auto Parsed = parseKnowledge((*Buffer)->getBuffer(), Path);
    if (!Parsed)
      return Parsed.takeError();
    Knowledge->add(std::move(*Parsed));
  }
  return Knowledge;
}

llvm::Expected<std::shared_ptr<const KnowledgeBase>>
loadKnowledge(llvm::ArrayRef<std::string> Files) {
  static std::mutex Mutex;
  static std::map<std::vector<std::string>,
                  std::shared_ptr<const KnowledgeBase>>
      Cache;
  std::lock_guard<std::mutex> Lock(Mutex);
  std::vector<std::string> Key(Files.begin(), Files.end());
  auto It = Cache.find(Key);
  if (It != Cache.end())
    return It->second;
  auto Knowledge = readKnowledge(Files);
  if (!Knowledge)
    return Knowledge.takeError();
  Cache.emplace(std::move(Key), *Knowledge);
  return *Knowledge;
}

} // namespace corolint
