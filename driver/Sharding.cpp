//===--- Sharding.cpp - Splitting a database over CI machines -------------===//

#include "Sharding.h"
#include "DiagnosticPaths.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

namespace corolint {

llvm::Expected<ShardSpec> parseShard(llvm::StringRef Text) {
  auto [K, N] = Text.split('/');
  ShardSpec Shard;
  if (K.getAsInteger(10, Shard.Part) || N.getAsInteger(10, Shard.Parts) ||
      Shard.Parts == 0 || Shard.Part == 0 || Shard.Part > Shard.Parts)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "--shard='" + Text + "' is not K/N with 1 <= K <= N (--shard=2/4)");
  return Shard;
}

unsigned shardOfFile(llvm::StringRef File, llvm::StringRef SourceRoot,
                     unsigned Parts) {
  llvm::SmallString<256> Absolute(File);
  llvm::sys::fs::make_absolute(Absolute);
  llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  std::string Key = relativeToRoot(Absolute, SourceRoot)
                        .value_or(std::string(Absolute.str()));
  // XXH3 is a fixed, published function: the same parts on every machine
  // and with every corolint version.
  return llvm::xxh3_64bits(llvm::StringRef(Key)) % Parts + 1;
}

std::vector<std::string> filesOfShard(std::vector<std::string> Files,
                                      const ShardSpec &Shard,
                                      llvm::StringRef SourceRoot) {
  llvm::sort(Files);
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  llvm::erase_if(Files, [&](const std::string &File) {
    return shardOfFile(File, SourceRoot, Shard.Parts) != Shard.Part;
  });
  return Files;
}

} // namespace corolint
