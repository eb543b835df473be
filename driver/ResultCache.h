//===--- ResultCache.h - Worker reports kept across runs --------*- C++ -*-===//
//
// --cache-dir=DIR: a file whose inputs did not change since a run that linted
// it is not parsed again; its worker report comes from DIR.
//
// An entry is found by a key, a hash of everything that decides a file's
// report before it is parsed: corolint's version and build (a hash of its own
// executable), LLVM's version, the file's absolute path, its compile commands
// after corolint's adjusters, its effective clang-tidy options, the knowledge
// (embedded and the files KnowledgeFiles names, by content) and the flags
// that change what a worker reports. The entry (DIR/<key in hex>) then lists
// every file the parse read with its size and XXH3-128, and holds the worker's
// report as the bytes it handed over (WorkerReport.h): they are replayed as
// they were, never read or rebuilt here, so whatever a report carries comes
// back from the cache.
//
// An entry is used only when it is whole (magic, format, version, checksum,
// its own key) and every file it lists still has the same size and hash;
// anything else is a miss, the file is linted and the entry written again.
// Entries are written whole or not at all (OutputFiles.h); a directory that
// cannot be written is a warning, never a failure.
//
// What an entry does not see: files the parse looked for and did not find (a
// header added since, earlier on the include path, or one __has_include now
// finds) and environment variables clang reads (CPATH, CPLUS_INCLUDE_PATH).
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_RESULTCACHE_H
#define COROLINT_DRIVER_RESULTCACHE_H

#include "ContentFingerprint.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>

namespace corolint {

/// The key of a file's entry.
struct CacheKey {
  llvm::XXH128_hash_t Hash{0, 0};
  /// 32 hex digits: the entry's file name.
  std::string hex() const;
};

/// Builds a key from fields, each taken whole (length and bytes), so that
/// no two different lists of fields hash alike by concatenation.
class CacheKeyBuilder {
public:
  CacheKeyBuilder();
  CacheKeyBuilder &add(llvm::StringRef Field);
  CacheKeyBuilder &add(uint64_t Field);
  CacheKey key() const;

private:
  std::string Bytes;
};

/// What the key and every entry say about the binary that wrote them:
/// corolint's, LLVM's and the summary format's versions, plus
/// $COROLINT_TEST_CACHE_SALT, which exists only so that tests can play a
/// corolint of another version.
std::string resultCacheVersion();

/// The files a translation unit read, by absolute path, as a worker hands
/// them to the parent.
std::string serializeDependencies(const ParsedContents &Files);

/// A report the cache holds: the worker's exit code and its report's bytes.
struct CachedReport {
  int ExitCode = 0;
  std::string Report;
};

class ResultCache {
public:
  /// \p Directory need not exist: it is created at the first write.
  explicit ResultCache(std::string Directory);

  struct Lookup {
    std::optional<CachedReport> Hit;
    /// Why there is no hit, in words: "not in the cache", "'x.h'
    /// changed", ...
    std::string Miss;
  };
  /// The entry of \p Key, if it is whole and every file it lists is
  /// unchanged.
  Lookup lookup(const CacheKey &Key);

  /// Writes the entry of \p Key: the worker's exit code, the files its parse
  /// read (serializeDependencies) and its report's bytes. Dependencies that
  /// are malformed write nothing. A failure is a warning on stderr, printed
  /// once per run.
  void store(const CacheKey &Key, int ExitCode, llvm::StringRef Dependencies,
             llvm::StringRef Report);

  llvm::StringRef directory() const { return Directory; }

private:
  /// The current fingerprint of \p Path (none if it cannot be read),
  /// computed once per run.
  std::optional<ContentFingerprint> fingerprint(llvm::StringRef Path);
  void warn(const llvm::Twine &Message);

  std::string Directory;
  bool DirectoryReady = false;
  bool Warned = false;
  llvm::StringMap<std::optional<ContentFingerprint>> Fingerprints;
};

} // namespace corolint

#endif // COROLINT_DRIVER_RESULTCACHE_H
