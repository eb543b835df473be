//===--- DiagnosticPaths.h - Where a diagnostic's file is -------*- C++ -*-===//
//
// clang-tidy records a diagnostic's file as the compiler saw it, often
// relative to the compile command's directory. Reports, baselines and fix
// merging need the one absolute path, and the path relative to the source
// root.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_DIAGNOSTICPATHS_H
#define COROLINT_DRIVER_DIAGNOSTICPATHS_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace corolint {

/// \p Path made absolute against \p BuildDirectory, with `.` and `..` gone.
std::string absoluteDiagnosticPath(llvm::StringRef Path,
                                   llvm::StringRef BuildDirectory);

/// \p Absolute relative to \p Root, if it is under it.
std::optional<std::string> relativeToRoot(llvm::StringRef Absolute,
                                          llvm::StringRef Root);

} // namespace corolint

#endif // COROLINT_DRIVER_DIAGNOSTICPATHS_H
