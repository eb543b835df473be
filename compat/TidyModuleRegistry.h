//===--- TidyModuleRegistry.h - clang-tidy's module registry ----*- C++ -*-===//
//
// Where ClangTidyModuleRegistry is declared: its own header up to LLVM 21,
// ClangTidyModule.h from LLVM 22 (which deprecates the old header with a
// #warning and removes it in LLVM 24).
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_COMPAT_TIDYMODULEREGISTRY_H
#define COROLINT_COMPAT_TIDYMODULEREGISTRY_H

#include "clang-tidy/ClangTidyModule.h"
#include "llvm/Config/llvm-config.h"
#if LLVM_VERSION_MAJOR < 22
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

#endif // COROLINT_COMPAT_TIDYMODULEREGISTRY_H
