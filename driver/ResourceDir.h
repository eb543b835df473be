//===--- ResourceDir.h - Finding Clang's builtin headers --------*- C++ -*-===//

#ifndef COROLINT_DRIVER_RESOURCEDIR_H
#define COROLINT_DRIVER_RESOURCEDIR_H

#include <optional>
#include <string>

namespace corolint {

/// Clang's resource directory (the one with include/stddef.h), whichever of
/// these has it first: $COROLINT_RESOURCE_DIR; <dir of corolint>/../lib/clang/
/// <major>, for an install into LLVM's own prefix; the resource directory of
/// the LLVM that corolint was built against. Clang's tooling would otherwise
/// look next to the corolint binary and find nothing.
std::optional<std::string> findResourceDir(const char *Argv0);

} // namespace corolint

#endif // COROLINT_DRIVER_RESOURCEDIR_H
