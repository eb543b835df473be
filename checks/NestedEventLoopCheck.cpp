//===--- NestedEventLoopCheck.cpp - coro-nested-event-loop ----------------===//

#include "NestedEventLoopCheck.h"
#include "analysis/AwaitFixes.h"
#include "analysis/LoopCalls.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace corolint {

namespace {

/// What a loop entry does to the coroutine's loop.
llvm::StringRef consequence(const LoopEntryEntry &Entry) {
  return Entry.Kind == LoopEntryKind::Wait
             ? "if the work needs this event loop, it deadlocks; await it "
               "instead"
             : "it re-enters the event loop or blocks the one this coroutine "
               "runs on; await the work instead";
}

std::string sourceText(const Expr *E, const ASTContext &AST) {
  return Lexer::getSourceText(
             CharSourceRange::getTokenRange(E->getSourceRange()),
             AST.getSourceManager(), AST.getLangOpts())
      .str();
}

} // namespace

std::optional<NestedEventLoopCheck::LoopEntry>
NestedEventLoopCheck::findEffect(const Stmt *S, bool) const {
  std::optional<KnownCall> Call = asKnownCall(S, *Knowledge);
  if (!Call)
    return std::nullopt;
  if (const Known<LoopEntryEntry> *Entry = findLoopEntry(*Call, *Knowledge))
    return LoopEntry{std::move(*Call), Entry};
  return std::nullopt;
}

llvm::SmallVector<FixItHint, 1> NestedEventLoopCheck::awaitInstead(
    const LoopEntry &Found, const LoopStatement &At, std::string &WhyNot) {
  const BodyContext &Where = At.Where;
  const LoopEntryEntry &Entry = *Found.Match->Item;
  const Expr *Call = Found.Call.Call;
  std::optional<TaskTypeInfo> Task =
      Classifier->classifyCoroutineReturn(Where.Runner->getReturnType(), *AST);
  if (!Task || !Task->Entry ||
      !llvm::is_contained(Entry.AwaitIn, Task->Entry->Name)) {
    WhyNot = "this coroutine's task type may not be able to await it";
    return {};
  }
  WhyNot = whyCannotAwaitAt(Call, Where);
  if (!WhyNot.empty())
    return {};
  // The awaited thing must be awaitable here: a task of another framework is
  // not, whatever the entry says.
  const Expr *AwaitedExpr =
      Entry.Await == LoopEntryAwait::Argument
          ? (Found.Call.Args.empty() ? nullptr : Found.Call.Args[0])
          : Found.Call.Subject;
  if (AwaitedExpr)
    if (std::optional<TaskTypeInfo> Awaited =
            Classifier->classify(AwaitedExpr->getType(), *AST);
        Awaited && !Awaited->isAwaitableFrom(*Task)) {
      WhyNot = "this coroutine's task type may not be able to await a task "
               "of another framework";
      return {};
    }
  std::string Awaited;
  if (Entry.Await == LoopEntryAwait::Argument) {
    if (Found.Call.Args.size() != 1) {
      WhyNot = "the call has more than the awaitable as argument";
      return {};
    }
    const Expr *Arg = Found.Call.Args[0];
    Awaited = sourceText(Arg, *AST);
    if (needsParenthesesToAwait(Arg->IgnoreImplicit()))
      Awaited = "(" + Awaited + ")";
  } else {
    const Expr *Object = Found.Call.Subject;
    const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
    const auto *Access =
        Member ? dyn_cast<MemberExpr>(Member->getCallee()->IgnoreParens())
               : nullptr;
    if (!Object || !Access || Access->isArrow() || !Found.Call.Args.empty()) {
      WhyNot = "only a call on an object, without arguments, is rewritten";
      return {};
    }
    Object = Object->IgnoreImplicit();
    Awaited = sourceText(Object, *AST);
    // `r.get()` consumes r; awaiting a named result needs it as an rvalue.
    if (Object->isLValue())
      Awaited = "std::move(" + Awaited + ")";
    else if (needsParenthesesToAwait(Object))
      Awaited = "(" + Awaited + ")";
  }
  std::string Text = "co_await " + Awaited;
  if (At.PostfixOperand)
    Text = "(" + Text + ")";
  return {FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(Call->getSourceRange()), Text)};
}

void NestedEventLoopCheck::reportDirect(const LoopEntry &Found,
                                        const LoopStatement &At) {
  const LoopEntryEntry &Entry = *Found.Match->Item;
  std::string WhyNot;
  llvm::SmallVector<FixItHint, 1> Fix;
  if (Entry.Await != LoopEntryAwait::None && !Instance)
    Fix = awaitInstead(Found, At, WhyNot);
  SourceLocation Loc = Found.Call.Call->getBeginLoc();
  diag(Loc, "'%0' %1 inside a coroutine: %2")
      << Entry.Name << Entry.Reason << consequence(Entry)
      << Found.Call.Call->getSourceRange() << Fix;
  if (!Fix.empty())
    return;
  std::string Advice =
      Entry.Instead.empty() ? "await it with 'co_await'" : Entry.Instead;
  if (!WhyNot.empty())
    Advice += " (no fix-it: " + WhyNot + ")";
  diag(Loc, "%0", DiagnosticIDs::Note) << Advice;
}

NestedEventLoopCheck::ChainEnd
NestedEventLoopCheck::describeEnd(const LoopEntry &Found,
                                  const FunctionDecl *Last) const {
  const LoopEntryEntry &Entry = *Found.Match->Item;
  ChainEnd End;
  End.Text.Tail = (Entry.Kind == LoopEntryKind::Wait ? "blocks on" : "runs") +
                  std::string(" an event loop inside a coroutine through '") +
                  Entry.Name + "', which " + Entry.Reason + ": " +
                  consequence(Entry).str();
  End.Text.Note = describeFunction(Last) + " calls '" + Entry.Name + "' here";
  End.At = Found.Call.Call->getBeginLoc();
  return End;
}

} // namespace corolint
