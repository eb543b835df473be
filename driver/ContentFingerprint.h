//===--- ContentFingerprint.h - What a parsed file contained ----*- C++ -*-===//
//
// A fix is made of byte offsets into the text that was parsed. Before --fix
// edits a file it checks that the file still holds exactly that text (a
// fingerprint taken when it was parsed), so that an edit made meanwhile, by
// a person or by another corolint run, is never overwritten or shifted.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_CONTENTFINGERPRINT_H
#define COROLINT_DRIVER_CONTENTFINGERPRINT_H

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/xxhash.h"
#include <cstdint>

namespace corolint {

struct ContentFingerprint {
  uint64_t Size = 0;
  llvm::XXH128_hash_t Hash{0, 0};
  /// Set when two translation units parsed different texts of the file: it
  /// changed during the run, and no fingerprint is right.
  bool Unstable = false;

  static ContentFingerprint of(llvm::StringRef Text) {
    return {Text.size(), llvm::xxh3_128bits(llvm::arrayRefFromStringRef(Text)),
            false};
  }
  bool operator==(const ContentFingerprint &Other) const {
    return !Unstable && !Other.Unstable && Size == Other.Size &&
           Hash == Other.Hash;
  }
};

/// Fingerprints by absolute path (as absoluteDiagnosticPath makes it).
using ParsedContents = llvm::StringMap<ContentFingerprint>;

/// Adds \p Print for \p File (a path, or a file identity); a second,
/// different print makes it unstable.
template <typename Map, typename Key>
void recordParsed(Map &Contents, const Key &File,
                  const ContentFingerprint &Print) {
  auto [It, Inserted] = Contents.try_emplace(File, Print);
  if (!Inserted && !(It->second == Print))
    It->second.Unstable = true;
}

} // namespace corolint

#endif // COROLINT_DRIVER_CONTENTFINGERPRINT_H
