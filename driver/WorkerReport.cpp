//===--- WorkerReport.cpp - What a worker process hands back --------------===//

#include "WorkerReport.h"
#include "clang-tidy/ClangTidy.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/YAMLTraits.h"

using namespace clang;
using namespace clang::tidy;

namespace corolint {

llvm::Error writeWorkerReport(llvm::StringRef Path, llvm::StringRef MainFile,
                              const std::vector<ClangTidyError> &Errors) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_None);
  if (EC)
    return llvm::createStringError(EC, "cannot write the report '%s': %s",
                                   Path.str().c_str(), EC.message().c_str());
  exportReplacements(MainFile, Errors, OS);
  return llvm::Error::success();
}

llvm::Expected<std::vector<ClangTidyError>>
readWorkerReport(llvm::StringRef Path, ClangTidyContext &Context) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return llvm::createStringError(
        Buffer.getError(), "cannot read the report '%s'", Path.str().c_str());
  tooling::TranslationUnitDiagnostics Report;
  llvm::yaml::Input In((*Buffer)->getBuffer());
  In >> Report;
  if (In.error())
    return llvm::createStringError(In.error(), "malformed report '%s'",
                                   Path.str().c_str());
  std::vector<ClangTidyError> Errors;
  for (tooling::Diagnostic &Diagnostic : Report.Diagnostics) {
    // The consumer turns a warning of a --warnings-as-errors check into an
    // error; the report keeps only the level.
    bool AsError =
        Diagnostic.DiagLevel == tooling::Diagnostic::Error &&
        !llvm::StringRef(Diagnostic.DiagnosticName).starts_with("clang-") &&
        Context.treatAsError(Diagnostic.DiagnosticName);
    ClangTidyError Error(Diagnostic.DiagnosticName, Diagnostic.DiagLevel,
                         Diagnostic.BuildDirectory, AsError);
    static_cast<tooling::Diagnostic &>(Error) = std::move(Diagnostic);
    Errors.push_back(std::move(Error));
  }
  return Errors;
}

} // namespace corolint
