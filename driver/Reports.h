//===--- Reports.h - Findings as SARIF or JSON ------------------*- C++ -*-===//
//
// --format=sarif writes SARIF 2.1.0 as GitHub code scanning reads it;
// --format=json a plain JSON list of findings. Both are built with llvm::json
// from the same clang-tidy errors the clang format prints.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_REPORTS_H
#define COROLINT_DRIVER_REPORTS_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/raw_ostream.h"
#include <string>

namespace corolint {

enum class ReportFormat { Clang, Sarif, Json };

struct ReportSettings {
  /// Absolute; file locations under it are written relative to it (SARIF's
  /// `SRCROOT`), the others as absolute file URIs or paths.
  std::string SourceRoot;
  std::string ToolVersion;
};

void writeSarif(llvm::ArrayRef<clang::tidy::ClangTidyError> Errors,
                const ReportSettings &Settings, llvm::raw_ostream &OS);
void writeJson(llvm::ArrayRef<clang::tidy::ClangTidyError> Errors,
               const ReportSettings &Settings, llvm::raw_ostream &OS);

} // namespace corolint

#endif // COROLINT_DRIVER_REPORTS_H
