//===--- SummaryFiles.cpp - Linked summaries read back by the checks ------===//

#include "analysis/SummaryFiles.h"
#include "analysis/GlobalOptions.h"
#include "analysis/OptionLists.h"
#include "llvm/Support/MemoryBuffer.h"
#include <map>
#include <mutex>

namespace corolint {

llvm::Expected<std::shared_ptr<const crossfile::LinkedSummaries>>
loadSummaryFiles(llvm::StringRef OptionValue) {
  static std::mutex Lock;
  static std::map<std::string,
                  std::shared_ptr<const crossfile::LinkedSummaries>>
      Loaded;
  std::vector<std::string> Files = splitOptionList(OptionValue);
  if (Files.empty())
    return nullptr;
  std::lock_guard<std::mutex> Guard(Lock);
  auto Known = Loaded.find(OptionValue.str());
  if (Known != Loaded.end())
    return Known->second;
  auto Merged = std::make_shared<crossfile::LinkedSummaries>();
  for (const std::string &File : Files) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer)
      return llvm::createStringError(Buffer.getError(),
                                     "cannot read the summary file '" + File +
                                         "': " + Buffer.getError().message());
    auto Linked = crossfile::parseLinkedSummaries((*Buffer)->getBuffer());
    if (!Linked)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "the summary file '" + File + "': " +
                                         llvm::toString(Linked.takeError()));
    for (auto &[Path, Hash] : Linked->FileHashes)
      Merged->FileHashes[Path] = Hash;
    for (auto &[Check, Chains] : Linked->Chains)
      for (auto &[Usr, Path] : Chains)
        Merged->Chains[Check][Usr] = std::move(Path);
  }
  Loaded[OptionValue.str()] = Merged;
  return Merged;
}

/// The content hash of \p File as it is now; nothing if it cannot be read.
static std::optional<uint64_t> currentHash(const std::string &File) {
  static std::mutex Lock;
  static std::map<std::string, std::optional<uint64_t>> Hashes;
  std::lock_guard<std::mutex> Guard(Lock);
  auto [Known, Inserted] = Hashes.try_emplace(File);
  if (Inserted)
    if (auto Buffer = llvm::MemoryBuffer::getFile(File))
      Known->second = crossfile::contentHash((*Buffer)->getBuffer());
  return Known->second;
}

bool isSummaryFilesKey(llvm::StringRef Key) {
  return isGlobalOrLocalKey(Key, SummaryFilesOption);
}

std::string summaryFilesFingerprint(llvm::StringRef OptionValue) {
  std::string Fingerprint;
  for (const std::string &File : splitOptionList(OptionValue)) {
    Fingerprint += File + '\0';
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer) {
      Fingerprint += "missing\0";
      continue;
    }
    Fingerprint += (*Buffer)->getBuffer().str() + '\0';
    auto Linked = crossfile::parseLinkedSummaries((*Buffer)->getBuffer());
    if (!Linked) {
      llvm::consumeError(Linked.takeError());
      continue;
    }
    for (const auto &[Path, Recorded] : Linked->FileHashes)
      Fingerprint +=
          Path + '\0' + std::to_string(currentHash(Path).value_or(0)) + '\0';
  }
  return Fingerprint;
}

bool isFresh(const crossfile::Chain &Path,
             const crossfile::LinkedSummaries &Linked) {
  auto Unchanged = [&](const crossfile::Place &At) {
    auto Recorded = Linked.FileHashes.find(At.File);
    return Recorded != Linked.FileHashes.end() &&
           currentHash(At.File) == Recorded->second;
  };
  for (size_t Index = 0; Index + 1 < Path.Hops.size(); ++Index)
    if (!Unchanged(Path.Hops[Index].Call))
      return false;
  return Unchanged(Path.End.At) &&
         llvm::all_of(Path.Guards, [&](const crossfile::Guard &Condition) {
           return Unchanged(Condition.At);
         });
}

} // namespace corolint
