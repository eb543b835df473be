//===--- DiagnosticPaths.h - Where a diagnostic's file is -------*- C++ -*-===//
//
// clang-tidy records a diagnostic's file as the compiler saw it, often
// relative to the compile command's directory, and its place as a byte
// offset. Reports, baselines and fix merging need the one absolute path, the
// path relative to the source root, and the file's text to find lines in.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_DIAGNOSTICPATHS_H
#define COROLINT_DRIVER_DIAGNOSTICPATHS_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <optional>
#include <string>

namespace corolint {

/// \p Path made absolute against \p BuildDirectory, with `.` and `..` gone.
std::string absoluteDiagnosticPath(llvm::StringRef Path,
                                   llvm::StringRef BuildDirectory);

/// \p Absolute relative to \p Root, if it is under it.
std::optional<std::string> relativeToRoot(llvm::StringRef Absolute,
                                          llvm::StringRef Root);

/// Source files' texts, each read once.
class SourceTexts {
public:
  /// The text of \p Path; empty when it cannot be read.
  llvm::StringRef text(llvm::StringRef Path);
  /// The line of byte \p Offset in \p Path, from 1; 0 if unreadable.
  unsigned line(llvm::StringRef Path, unsigned Offset);

private:
  llvm::StringMap<std::unique_ptr<llvm::MemoryBuffer>> Buffers;
};

} // namespace corolint

#endif // COROLINT_DRIVER_DIAGNOSTICPATHS_H
