//===--- TidyCompat.cpp - clang-tidy APIs that differ across LLVMs --------===//

#include "compat/TidyCompat.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "llvm/Config/llvm-config.h"

namespace corolint::compat {

using namespace clang;
using namespace clang::tidy;

#if LLVM_VERSION_MAJOR >= 22
#define COROLINT_CHECK_SWITCHES                                                \
  /*AllowEnablingAnalyzerAlphaCheckers=*/false,                                \
      /*ExperimentalCustomChecks=*/false
#else
#define COROLINT_CHECK_SWITCHES /*AllowEnablingAnalyzerAlphaCheckers=*/ false
#endif

std::vector<std::string> enabledCheckNames(const ClangTidyOptions &Options) {
  return getCheckNames(Options, COROLINT_CHECK_SWITCHES);
}

ClangTidyOptions::OptionMap
enabledCheckOptions(const ClangTidyOptions &Options) {
  return getCheckOptions(Options, COROLINT_CHECK_SWITCHES);
}

RegisteredChecks registeredChecks() {
  auto All = getAllChecksAndOptions(COROLINT_CHECK_SWITCHES);
  RegisteredChecks Result;
#if LLVM_VERSION_MAJOR >= 22
  Result.Checks = std::move(All.Checks);
#else
  Result.Checks = std::move(All.Names);
#endif
  Result.Options = std::move(All.Options);
  return Result;
}

#undef COROLINT_CHECK_SWITCHES

ContextDiagnostics::ContextDiagnostics(ClangTidyContext &Context,
                                       DiagnosticConsumer &Consumer) {
#if LLVM_VERSION_MAJOR >= 22
  auto Options = std::make_unique<DiagnosticOptions>();
  Engine = std::make_unique<DiagnosticsEngine>(DiagnosticIDs::create(),
                                               *Options, &Consumer,
                                               /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(std::move(Options), Engine.get());
#else
  Engine = std::make_unique<DiagnosticsEngine>(
      new DiagnosticIDs(), new DiagnosticOptions(), &Consumer,
      /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(Engine.get());
#endif
}

ContextDiagnostics::~ContextDiagnostics() = default;

} // namespace corolint::compat
