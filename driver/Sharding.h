//===--- Sharding.h - Splitting a database over CI machines -----*- C++ -*-===//
//
// --shard=K/N lints the K-th of N parts of the files. A file's part is a
// stable hash of its path relative to the source root, not its position in
// the sorted list: adding or removing a file moves no other file to another
// part, so code-scanning alerts do not churn between shards, and every
// machine (wherever it checks the code out) agrees.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_SHARDING_H
#define COROLINT_DRIVER_SHARDING_H

#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace corolint {

struct ShardSpec {
  unsigned Part = 1;  ///< K, from 1.
  unsigned Parts = 1; ///< N.
};

/// `K/N` of --shard, with 1 <= K <= N.
llvm::Expected<ShardSpec> parseShard(llvm::StringRef Text);

/// The part, from 1 to \p Parts, that \p File belongs to: a hash of its
/// path relative to \p SourceRoot (absolute when outside it).
unsigned shardOfFile(llvm::StringRef File, llvm::StringRef SourceRoot,
                     unsigned Parts);

/// The files of \p Shard, each once, in sorted order.
std::vector<std::string> filesOfShard(std::vector<std::string> Files,
                                      const ShardSpec &Shard,
                                      llvm::StringRef SourceRoot);

} // namespace corolint

#endif // COROLINT_DRIVER_SHARDING_H
