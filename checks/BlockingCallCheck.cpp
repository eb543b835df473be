//===--- BlockingCallCheck.cpp - coro-blocking-call -----------------------===//

#include "BlockingCallCheck.h"
#include "analysis/AsyncRewrites.h"
#include "analysis/AwaitFixes.h"
#include "analysis/LoopCalls.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Preprocessor.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace corolint {

namespace {

constexpr llvm::StringLiteral ReportMutexLocksOption = "ReportMutexLocks";

constexpr llvm::StringLiteral WhyItHurts =
    "blocking the event loop thread: every coroutine on this loop waits";

/// How messages name a blocking call: `'std::this_thread::sleep_for'`, or
/// `constructing 'std::ifstream'` as the user wrote the type.
std::string describeBlocking(const KnownCall &Call,
                             const BlockingCallEntry &Entry) {
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call.Call))
    return "constructing '" +
           Construct->getType().getUnqualifiedType().getAsString() + "'";
  return "'" + Entry.Name + "'";
}

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
                                            Preprocessor *PP, Preprocessor *) {
  PP->addPPCallbacks(Includes.callbacks(SM));
}

std::optional<BlockingCallCheck::Blocking>
BlockingCallCheck::findEffect(const Stmt *S, bool Discarded) const {
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
      Task && Task->Entry
          ? Knowledge->findRewrite(Entry.Name, Task->Entry->Name)
          : nullptr;
  if (Rewriting) {
    Fix.WhyNot = whyCannotAwaitAt(Found.Call.Call, Where);
    if (Fix.WhyNot.empty())
      Fix = rewriteCall(*Rewriting->Item, Found.Call, At.PostfixOperand, *AST,
                        Includes);
  }
  SourceLocation Loc = Found.Call.Call->getBeginLoc();
  {
    auto Diag = diag(Loc, "%0 %1 (%2), %3")
                << describeBlocking(Found.Call, Entry) << Entry.Reason
                << categoryName(Entry.Category) << WhyItHurts
                << Found.Call.Call->getSourceRange();
    for (const FixItHint &Hint : Fix.Fix)
      Diag << Hint;
  }
  if (Fix.Fix.empty())
    noteAdvice(Loc, Where, &Entry, Fix.WhyNot);
}

void BlockingCallCheck::reportThroughHelper(const Expr *Call,
                                            const Summaries::Chain &Chain,
                                            const BodyContext &Where) {
  const Blocking &End = Chain.Direct;
  const BlockingCallEntry &Entry = *End.Match->Item;
  std::string Called = describeCalled(Call, Chain.Hops.front().Function, *AST);
  diag(Call->getBeginLoc(),
       "%select{call to|constructing}4 %0 blocks the event loop thread "
       "through %1, which %2 (%3): every coroutine on this loop waits")
      << Called << describeBlocking(End.Call, Entry) << Entry.Reason
      << categoryName(Entry.Category) << isa<CXXConstructExpr>(Call)
      << Call->getSourceRange();
  noteHops(*this, Chain);
  diag(End.Call.Call->getBeginLoc(), "%0 %select{calls|does}1 %2 here",
       DiagnosticIDs::Note)
      << describeFunction(Chain.Hops.back().Function)
      << isa<CXXConstructExpr>(End.Call.Call)
      << describeBlocking(End.Call, Entry);
  noteAdvice(Call->getBeginLoc(), Where, nullptr, "");
}

void BlockingCallCheck::noteAdvice(SourceLocation Loc, const BodyContext &Where,
                                   const BlockingCallEntry *Entry,
                                   llvm::StringRef WhyNoFix) {
  std::optional<TaskTypeInfo> Task = coroutineTask(Where);
  std::string Offload = Task && Task->Entry && !Task->Entry->OffloadWith.empty()
                            ? Task->Entry->OffloadWith
                            : "run it on a thread pool and await the result";
  std::string Advice;
  if (Entry && !Entry->Instead.empty())
    Advice = Entry->Instead +
             "; or move the blocking work off the event "
             "loop: " +
             Offload;
  else
    Advice = "move the blocking work off the event loop: " + Offload;
  if (!WhyNoFix.empty())
    Advice += " (no fix-it: " + WhyNoFix.str() + ")";
  diag(Loc, "%0", DiagnosticIDs::Note) << Advice;
}

} // namespace corolint
