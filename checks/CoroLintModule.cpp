//===--- CoroLintModule.cpp - The corolint clang-tidy module --------------===//
//
// One module holds every corolint check. The driver links it; the clang-tidy
// of the LLVM it was built against loads it from corolint-tidy.so. Both find
// it through the registry below.
//
//===----------------------------------------------------------------------===//

#include "BlockingCallCheck.h"
#include "CpuHeavyWorkCheck.h"
#include "DanglingReferenceCheck.h"
#include "LockAcrossAwaitCheck.h"
#include "NestedEventLoopCheck.h"
#include "TaskNotCoroutineCheck.h"
#include "UnawaitedTaskCheck.h"
#include "compat/TidyModuleRegistry.h"

namespace corolint {

class CoroLintModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(
      clang::tidy::ClangTidyCheckFactories &CheckFactories) override {
    // One line per check, alphabetical.
    CheckFactories.registerCheck<BlockingCallCheck>("coro-blocking-call");
    CheckFactories.registerCheck<CpuHeavyWorkCheck>("coro-cpu-heavy-work");
    CheckFactories.registerCheck<DanglingReferenceCheck>(
        "coro-dangling-reference");
    CheckFactories.registerCheck<LockAcrossAwaitCheck>(
        "coro-lock-across-await");
    CheckFactories.registerCheck<NestedEventLoopCheck>(
        "coro-nested-event-loop");
    CheckFactories.registerCheck<TaskNotCoroutineCheck>(
        "coro-task-not-coroutine");
    CheckFactories.registerCheck<UnawaitedTaskCheck>("coro-unawaited-task");
  }
};

static clang::tidy::ClangTidyModuleRegistry::Add<CoroLintModule>
    Registration("corolint-module", "Checks for misuse of C++ coroutines and "
                                    "event loops.");

} // namespace corolint
