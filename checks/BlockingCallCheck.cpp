//===--- BlockingCallCheck.cpp - coro-blocking-call -----------------------===//

#include "BlockingCallCheck.h"
#include "analysis/AsyncRewrites.h"
#include "analysis/AwaitFixes.h"
#include "analysis/LoopCalls.h"
#include "analysis/Writes.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Preprocessor.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace corolint {

namespace {

constexpr llvm::StringLiteral ReportMutexLocksOption = "ReportMutexLocks";

constexpr llvm::StringLiteral BlockingWorkAdvice =
    "move the blocking work off the event loop: ";

constexpr llvm::StringLiteral WhyItHurts =
    "blocking the event loop thread: every coroutine on this loop waits";

} // namespace

BlockingCallCheck::BlockingCallCheck(llvm::StringRef Name,
                                     tidy::ClangTidyContext *Context)
    : LoopEffectCheck(Name, Context),
      ReportMutexLocks(Options.get(ReportMutexLocksOption, false)) {}

void BlockingCallCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  LoopEffectCheck::storeOptions(Opts);
  Options.store(Opts, ReportMutexLocksOption, ReportMutexLocks);
}

void BlockingCallCheck::registerPPCallbacks(const SourceManager &SM,
                                            Preprocessor *PP,
                                            Preprocessor *ModuleExpanderPP) {
  LoopEffectCheck::registerPPCallbacks(SM, PP, ModuleExpanderPP);
  PP->addPPCallbacks(Includes.callbacks(SM, PP->getLangOpts()));
}

/// Whether the function that declares the local \p Var may change it: join
/// or detach a thread, take a future's result, move the object away. Then
/// its destructor has nothing left to wait for.
static bool changedInItsFunction(const VarDecl *Var) {
  const auto *Function = dyn_cast<FunctionDecl>(Var->getDeclContext());
  if (!Function || !Function->getBody())
    return true;
  llvm::DenseSet<const ValueDecl *> Written;
  collectWrites(Function->getBody(), Written);
  return Written.contains(Var);
}

/// The first local variable \p Declarations makes whose destructor blocks
/// when its scope ends.
std::optional<BlockingCallCheck::Blocking>
BlockingCallCheck::findWaitingDestructor(const DeclStmt *Declarations) const {
  for (const Decl *D : Declarations->decls()) {
    const auto *Var = dyn_cast<VarDecl>(D);
    std::optional<KnownCall> Destruction =
        Var ? asKnownDestruction(Var, *Knowledge) : std::nullopt;
    if (!Destruction)
      continue;
    if (const Known<BlockingCallEntry> *Entry =
            findBlockingCall(*Destruction, *Knowledge, /*Discarded=*/false);
        Entry && !changedInItsFunction(Var))
      return Blocking{std::move(*Destruction), Entry};
  }
  return std::nullopt;
}

bool BlockingCallCheck::followsInto(const Stmt *S) const {
  std::optional<KnownCall> Call = asKnownCall(S, *Knowledge);
  return !Call || !findLoopEntry(*Call, *Knowledge);
}

std::optional<BlockingCallCheck::Blocking>
BlockingCallCheck::findEffect(const Stmt *S, bool Discarded) const {
  if (const auto *Declarations = dyn_cast<DeclStmt>(S))
    return findWaitingDestructor(Declarations);
  std::optional<KnownCall> Call = asKnownCall(S, *Knowledge);
  if (!Call)
    return std::nullopt;
  const Known<BlockingCallEntry> *Entry =
      findBlockingCall(*Call, *Knowledge, Discarded);
  if (!Entry ||
      (Entry->Item->Category == BlockingCategory::Lock && !ReportMutexLocks))
    return std::nullopt;
  return Blocking{std::move(*Call), Entry};
}

void BlockingCallCheck::reportDirect(const Blocking &Found,
                                     const LoopStatement &At) {
  const BodyContext &Where = At.Where;
  const BlockingCallEntry &Entry = *Found.Match->Item;
  std::optional<TaskTypeInfo> Task = coroutineTask(Where);
  Rewrite Fix;
  const Known<RewriteEntry> *Rewriting =
      Task && Task->Entry && !Instance
          ? Knowledge->findRewrite(Entry.Name, Task->Entry->Name)
          : nullptr;
  if (Rewriting) {
    Fix.WhyNot = whyCannotAwaitAt(Found.Call.Call, Where);
    if (Fix.WhyNot.empty())
      Fix = rewriteCall(*Rewriting->Item, Found.Call, At.PostfixOperand, *AST,
                        Includes);
  }
  SourceLocation Loc = knownCallLoc(Found.Call);
  {
    auto Diag = diag(Loc, "%0 %1 (%2), %3")
                << describeKnownCall(Found.Call, Entry.Name) << Entry.Reason
                << categoryName(Entry.Category) << WhyItHurts
                << Found.Call.Call->getSourceRange();
    for (const FixItHint &Hint : Fix.Fix)
      Diag << Hint;
  }
  if (Fix.Fix.empty())
    noteAdvice(Loc, Where, &Entry, Fix.WhyNot);
}

BlockingCallCheck::ChainEnd
BlockingCallCheck::describeEnd(const Blocking &Found,
                               const FunctionDecl *Last) const {
  const BlockingCallEntry &Entry = *Found.Match->Item;
  ChainEnd End;
  End.Text.Tail = "blocks the event loop thread through " +
                  describeKnownCall(Found.Call, Entry.Name) + ", which " +
                  Entry.Reason + " (" + categoryName(Entry.Category).str() +
                  "): every coroutine on this loop waits";
  End.Text.Note = describeFunction(Last) + " " +
                  describeKnownCallAsAction(Found.Call, Entry.Name) + " here";
  End.Text.AdviceLead = BlockingWorkAdvice;
  End.Text.AdviceOffload = true;
  End.At = knownCallLoc(Found.Call);
  return End;
}

void BlockingCallCheck::noteAdvice(SourceLocation Loc, const BodyContext &Where,
                                   const BlockingCallEntry *Entry,
                                   llvm::StringRef WhyNoFix) {
  std::string Offload = offloadAdvice(Where);
  std::string Advice;
  if (Entry && !Entry->Instead.empty())
    Advice = Entry->Instead +
             "; or move the blocking work off the event "
             "loop: " +
             Offload;
  else
    Advice = (BlockingWorkAdvice + Offload).str();
  if (!WhyNoFix.empty())
    Advice += " (no fix-it: " + WhyNoFix.str() + ")";
  diag(Loc, "%0", DiagnosticIDs::Note) << Advice;
}

} // namespace corolint
