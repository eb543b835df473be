//===--- DiagnosticPaths.cpp - Where a diagnostic's file is ---------------===//

#include "DiagnosticPaths.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

namespace corolint {

std::string absoluteDiagnosticPath(llvm::StringRef Path,
                                   llvm::StringRef BuildDirectory) {
  llvm::SmallString<256> Result(Path);
  if (!llvm::sys::path::is_absolute(Result)) {
    Result = BuildDirectory;
    llvm::sys::path::append(Result, Path);
  }
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

std::optional<std::string> relativeToRoot(llvm::StringRef Absolute,
                                          llvm::StringRef Root) {
  llvm::StringRef Rest = Absolute;
  if (Root.empty() || !Rest.consume_front(Root))
    return std::nullopt;
  if (!Root.ends_with("/") && !Rest.consume_front("/"))
    return std::nullopt;
  return Rest.str();
}

llvm::StringRef SourceTexts::text(llvm::StringRef Path) {
  auto [It, Inserted] = Buffers.try_emplace(Path);
  if (Inserted)
    if (auto Buffer = llvm::MemoryBuffer::getFile(Path))
      It->second = std::move(*Buffer);
  return It->second ? It->second->getBuffer() : llvm::StringRef();
}

unsigned SourceTexts::line(llvm::StringRef Path, unsigned Offset) {
  llvm::StringRef Text = text(Path);
  if (Text.empty())
    return 0;
  return 1 + Text.take_front(std::min<size_t>(Offset, Text.size())).count('\n');
}

} // namespace corolint
