//===--- ResultCache.cpp - Worker reports kept across runs ----------------===//
//
// An entry, every number 8 bytes little-endian, every text its length then
// its bytes:
//   magic "corolint-result-cache\n", format version, resultCacheVersion(),
//   XXH3-128 of the rest (low, high), then the rest:
//   key (low, high), the worker's exit code, the dependencies (count, then
//   path, size, hash low, hash high each), the report's bytes.
//
//===----------------------------------------------------------------------===//

#include "ResultCache.h"
#include "ByteCoding.h"
#include "OutputFiles.h"
#include "analysis/CrossFileSummaries.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

namespace corolint {

namespace {

constexpr llvm::StringLiteral Magic = "corolint-result-cache\n";
/// Bump when the layout of an entry changes.
constexpr uint64_t FormatVersion = 1;

using Reader = ByteReader;

struct Dependency {
  llvm::StringRef Path;
  ContentFingerprint Print;
};

/// The dependencies serializeDependencies wrote, or nothing if malformed.
std::optional<std::vector<Dependency>> parseDependencies(llvm::StringRef In) {
  Reader R(In);
  std::vector<Dependency> Files;
  uint64_t Count = R.number();
  if (Count > In.size() / 32)
    return std::nullopt;
  for (; Count-- && !R.Bad;) {
    Dependency File;
    File.Path = R.text();
    File.Print.Size = R.number();
    File.Print.Hash.low64 = R.number();
    File.Print.Hash.high64 = R.number();
    Files.push_back(File);
  }
  if (R.Bad || !R.atEnd() || Files.empty())
    return std::nullopt;
  return Files;
}

llvm::XXH128_hash_t checksum(llvm::StringRef Bytes) {
  return llvm::xxh3_128bits(llvm::arrayRefFromStringRef(Bytes));
}

} // namespace

std::string CacheKey::hex() const {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << llvm::format_hex_no_prefix(Hash.high64, 16)
     << llvm::format_hex_no_prefix(Hash.low64, 16);
  return Text;
}

CacheKeyBuilder::CacheKeyBuilder() { add(resultCacheVersion()); }

CacheKeyBuilder &CacheKeyBuilder::add(llvm::StringRef Field) {
  putText(Bytes, Field);
  return *this;
}

CacheKeyBuilder &CacheKeyBuilder::add(uint64_t Field) {
  putNumber(Bytes, Field);
  return *this;
}

CacheKey CacheKeyBuilder::key() const { return {checksum(Bytes)}; }

/// A hash of the running corolint's own file: a corolint rebuilt with other
/// checks but the same version (a developer's) does not reuse the entries of
/// the one before. Empty if the file cannot be read.
static std::string executableIdentity() {
  static const std::string Identity = [] {
    static int Anchor;
    std::string Path = llvm::sys::fs::getMainExecutable("corolint", &Anchor);
    auto Contents =
        llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                    /*RequiresNullTerminator=*/false);
    if (!Contents)
      return std::string();
    return llvm::utohexstr(llvm::xxh3_64bits(
        llvm::arrayRefFromStringRef((*Contents)->getBuffer())));
  }();
  return Identity;
}

std::string resultCacheVersion() {
  // Cached reports carry unit facts: a new summary format makes them stale.
  std::string Version = "corolint " COROLINT_VERSION
                        " (LLVM " LLVM_VERSION_STRING ") summaries " +
                        std::to_string(crossfile::SummaryFormatVersion) +
                        " build " + executableIdentity();
  if (auto Salt = llvm::sys::Process::GetEnv("COROLINT_TEST_CACHE_SALT"))
    Version += " salt " + *Salt;
  return Version;
}

std::string serializeDependencies(const ParsedContents &Files) {
  std::vector<llvm::StringRef> Paths;
  for (const auto &Entry : Files)
    Paths.push_back(Entry.first());
  llvm::sort(Paths);
  std::string Out;
  putNumber(Out, Paths.size());
  for (llvm::StringRef Path : Paths) {
    const ContentFingerprint &Print = Files.find(Path)->second;
    putText(Out, Path);
    putNumber(Out, Print.Size);
    putNumber(Out, Print.Hash.low64);
    putNumber(Out, Print.Hash.high64);
  }
  return Out;
}

ResultCache::ResultCache(std::string Directory)
    : Directory(std::move(Directory)) {}

std::optional<ContentFingerprint>
ResultCache::fingerprint(llvm::StringRef Path) {
  auto [It, Inserted] = Fingerprints.try_emplace(Path);
  if (Inserted)
    if (auto Buffer = llvm::MemoryBuffer::getFile(
            Path, /*IsText=*/false, /*RequiresNullTerminator=*/false))
      It->second = ContentFingerprint::of((*Buffer)->getBuffer());
  return It->second;
}

ResultCache::Lookup ResultCache::lookup(const CacheKey &Key) {
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, Key.hex());
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer) {
    if (Buffer.getError() == std::errc::no_such_file_or_directory)
      return {std::nullopt, "not in the cache"};
    return {std::nullopt,
            "its cache entry cannot be read: " + Buffer.getError().message()};
  }
  const std::string Damaged = "its cache entry is damaged";
  llvm::StringRef Bytes = (*Buffer)->getBuffer();
  if (!Bytes.consume_front(Magic))
    return {std::nullopt, Damaged};
  Reader Header(Bytes);
  uint64_t Format = Header.number();
  llvm::StringRef Version = Header.text();
  llvm::XXH128_hash_t Sum;
  Sum.low64 = Header.number();
  Sum.high64 = Header.number();
  if (Header.Bad)
    return {std::nullopt, Damaged};
  if (Format != FormatVersion || Version != resultCacheVersion())
    return {std::nullopt,
            "its cache entry is from another corolint (" + Version.str() + ")"};
  if (!(checksum(Header.rest()) == Sum))
    return {std::nullopt, Damaged};
  Reader Body(Header.rest());
  llvm::XXH128_hash_t EntryKey;
  EntryKey.low64 = Body.number();
  EntryKey.high64 = Body.number();
  uint64_t ExitCode = Body.number();
  auto Files = parseDependencies(Body.text());
  llvm::StringRef Report = Body.text();
  if (Body.Bad || !Body.atEnd() || !Files || !(EntryKey == Key.Hash) ||
      ExitCode > 255)
    return {std::nullopt, Damaged};
  for (const Dependency &File : *Files) {
    std::optional<ContentFingerprint> Now = fingerprint(File.Path);
    if (!Now)
      return {std::nullopt, "'" + File.Path.str() + "' is gone"};
    if (!(*Now == File.Print))
      return {std::nullopt, "'" + File.Path.str() + "' changed"};
  }
  return {CachedReport{int(ExitCode), Report.str()}, ""};
}

void ResultCache::store(const CacheKey &Key, int ExitCode,
                        llvm::StringRef Dependencies, llvm::StringRef Report) {
  if (!parseDependencies(Dependencies))
    return;
  if (!DirectoryReady) {
    if (std::error_code EC = llvm::sys::fs::create_directories(Directory))
      return warn("cannot create it: " + EC.message());
    DirectoryReady = true;
  }
  std::string Body;
  putNumber(Body, Key.Hash.low64);
  putNumber(Body, Key.Hash.high64);
  putNumber(Body, uint64_t(ExitCode));
  putText(Body, Dependencies);
  putText(Body, Report);
  std::string Entry(Magic);
  putNumber(Entry, FormatVersion);
  putText(Entry, resultCacheVersion());
  llvm::XXH128_hash_t Sum = checksum(Body);
  putNumber(Entry, Sum.low64);
  putNumber(Entry, Sum.high64);
  Entry += Body;
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, Key.hex());
  if (llvm::Error E = writeWholeFile(Path, Entry))
    warn(llvm::toString(std::move(E)));
}

void ResultCache::warn(const llvm::Twine &Message) {
  if (Warned)
    return;
  Warned = true;
  llvm::errs() << "corolint: warning: result cache '" << Directory
               << "' not written (" << Message
               << "); the files are linted again next time\n";
}

} // namespace corolint
