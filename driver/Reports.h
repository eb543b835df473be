//===--- Reports.h - Findings in the formats CI systems read ----*- C++ -*-===//
//
// Besides clang-tidy's text: --format=sarif (SARIF 2.1.0, for GitHub code
// scanning), json (corolint's own object, documented in docs/ci/README.md),
// github (GitHub Actions workflow annotations) and codeclimate (GitLab Code
// Quality). All are built from the clang-tidy errors the text format prints.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_REPORTS_H
#define COROLINT_DRIVER_REPORTS_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/raw_ostream.h"
#include <string>

namespace corolint {

enum class ReportFormat { Clang, Sarif, Json, GitHub, CodeClimate };

struct ReportSettings {
  /// Absolute; file locations under it are written relative to it (SARIF's
  /// `SRCROOT`), the others as absolute file URIs or paths.
  std::string SourceRoot;
  std::string ToolVersion;
};

/// `error`, `warning` or `note`.
const char *levelName(clang::tooling::Diagnostic::Level Level);

void writeSarif(llvm::ArrayRef<clang::tidy::ClangTidyError> Errors,
                const ReportSettings &Settings, llvm::raw_ostream &OS);
void writeJson(llvm::ArrayRef<clang::tidy::ClangTidyError> Errors,
               const ReportSettings &Settings, llvm::raw_ostream &OS);
void writeGitHubAnnotations(llvm::ArrayRef<clang::tidy::ClangTidyError> Errors,
                            const ReportSettings &Settings,
                            llvm::raw_ostream &OS);
void writeCodeClimate(llvm::ArrayRef<clang::tidy::ClangTidyError> Errors,
                      const ReportSettings &Settings, llvm::raw_ostream &OS);

/// Writes \p Errors in \p Format (not Clang, which clang-tidy prints).
void writeReport(ReportFormat Format,
                 llvm::ArrayRef<clang::tidy::ClangTidyError> Errors,
                 const ReportSettings &Settings, llvm::raw_ostream &OS);

} // namespace corolint

#endif // COROLINT_DRIVER_REPORTS_H
