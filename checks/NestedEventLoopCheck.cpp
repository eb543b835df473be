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

constexpr llvm::StringLiteral MaxHelperDepthOption = "MaxHelperDepth";
constexpr unsigned DefaultMaxHelperDepth = 4;

/// What a loop entry does to the coroutine's loop, by LoopEntryKind.
constexpr llvm::StringLiteral Consequence =
    "%select{if the work needs this event loop, it deadlocks; await it "
    "instead|it re-enters the event loop or blocks the one this coroutine "
    "runs on; await the work instead}";

unsigned kindIndex(const LoopEntryEntry &Entry) {
  return Entry.Kind == LoopEntryKind::Wait ? 0 : 1;
}

std::string sourceText(const Expr *E, const ASTContext &AST) {
  return Lexer::getSourceText(
             CharSourceRange::getTokenRange(E->getSourceRange()),
             AST.getSourceManager(), AST.getLangOpts())
      .str();
}

} // namespace

NestedEventLoopCheck::NestedEventLoopCheck(llvm::StringRef Name,
                                           tidy::ClangTidyContext *Context)
    : CoroLintCheck(Name, Context),
      MaxHelperDepth(Options.get(MaxHelperDepthOption, DefaultMaxHelperDepth)) {
}

void NestedEventLoopCheck::storeOptions(
    tidy::ClangTidyOptions::OptionMap &Opts) {
  CoroLintCheck::storeOptions(Opts);
  Options.store(Opts, MaxHelperDepthOption, MaxHelperDepth);
}

void NestedEventLoopCheck::registerMatchers(MatchFinder *Finder) {
  if (Knowledge)
    Finder->addMatcher(projectFunctionDefinitions().bind("function"), this);
}

void NestedEventLoopCheck::onStartOfTranslationUnit() {
  if (!Knowledge)
    return;
  Threads = std::make_unique<KnowledgeThreads>(*Knowledge);
  Classifier = std::make_unique<TaskTypeClassifier>(
      *Knowledge, llvm::ArrayRef<TaskTypeEntry>(),
      llvm::ArrayRef<std::string>());
  HelperSummaries = std::make_unique<Summaries>(
      [this](const Stmt *S, const BodyContext &, bool) { return findEntry(S); },
      Threads.get(), MaxHelperDepth);
}

std::optional<NestedEventLoopCheck::LoopEntry>
NestedEventLoopCheck::findEntry(const Stmt *S) const {
  std::optional<KnownCall> Call = asKnownCall(S, *Knowledge);
  if (!Call)
    return std::nullopt;
  if (const Known<LoopEntryEntry> *Entry = findLoopEntry(*Call, *Knowledge))
    return LoopEntry{std::move(*Call), Entry};
  return std::nullopt;
}

void NestedEventLoopCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function");
  if (!HelperSummaries || !Function ||
      !Function->doesThisDeclarationHaveABody())
    return;
  AST = Result.Context;
  forEachInLoopContext(Function, Threads.get(), [&](const LoopStatement &At) {
    if (std::optional<LoopEntry> Found = findEntry(At.S)) {
      reportDirect(*Found, At.Where, At.PostfixOperand);
      return;
    }
    if (const FunctionDecl *Callee = followableCallee(At.S))
      if (const Summaries::Chain *Chain = HelperSummaries->find(Callee))
        reportThroughHelper(cast<Expr>(At.S), *Chain);
  });
}

llvm::SmallVector<FixItHint, 1>
NestedEventLoopCheck::awaitInstead(const LoopEntry &Found,
                                   const BodyContext &Where, bool Parenthesise,
                                   std::string &WhyNot) {
  const LoopEntryEntry &Entry = *Found.Entry->Item;
  const Expr *Call = Found.Call.Call;
  std::optional<TaskTypeInfo> Task =
      Classifier->classifyCoroutineReturn(Where.Runner->getReturnType(), *AST);
  if (!Task || !Task->Entry ||
      !llvm::is_contained(Entry.AwaitIn, Task->Entry->Name)) {
    WhyNot = "this coroutine's task type may not be able to await it";
    return {};
  }
  if (Where.Function != Where.Runner) {
    WhyNot = "the call is in a lambda that is not a coroutine";
    return {};
  }
  if (Where.InCatchHandler) {
    WhyNot = "'co_await' is not allowed in a catch handler";
    return {};
  }
  if (Call->getBeginLoc().isMacroID() || Call->getEndLoc().isMacroID()) {
    WhyNot = "the call is written in a macro";
    return {};
  }
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
  if (Parenthesise)
    Text = "(" + Text + ")";
  return {FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(Call->getSourceRange()), Text)};
}

void NestedEventLoopCheck::reportDirect(const LoopEntry &Found,
                                        const BodyContext &Where,
                                        bool Parenthesise) {
  const LoopEntryEntry &Entry = *Found.Entry->Item;
  std::string WhyNot;
  llvm::SmallVector<FixItHint, 1> Fix;
  if (Entry.Await != LoopEntryAwait::None)
    Fix = awaitInstead(Found, Where, Parenthesise, WhyNot);
  SourceLocation Loc = Found.Call.Call->getBeginLoc();
  diag(Loc, ("'%0' %1 inside a coroutine: " + Consequence + "2").str())
      << Entry.Name << Entry.Reason << kindIndex(Entry)
      << Found.Call.Call->getSourceRange() << Fix;
  if (!Fix.empty())
    return;
  std::string Advice =
      Entry.Instead.empty() ? "await it with 'co_await'" : Entry.Instead;
  if (!WhyNot.empty())
    Advice += " (no fix-it: " + WhyNot + ")";
  diag(Loc, "%0", DiagnosticIDs::Note) << Advice;
}

void NestedEventLoopCheck::reportThroughHelper(const Expr *Call,
                                               const Summaries::Chain &Chain) {
  const LoopEntry &End = Chain.Direct;
  const LoopEntryEntry &Entry = *End.Entry->Item;
  diag(Call->getBeginLoc(),
       ("%select{call to|constructing}4 %0 %select{blocks on|runs}2 an event "
        "loop inside a coroutine through '%1', which %3: " +
        Consequence + "2")
           .str())
      << describeCalled(Call, Chain.Hops.front().Function, *AST) << Entry.Name
      << kindIndex(Entry) << Entry.Reason << isa<CXXConstructExpr>(Call)
      << Call->getSourceRange();
  noteHops(*this, Chain);
  diag(End.Call.Call->getBeginLoc(), "%0 calls '%1' here", DiagnosticIDs::Note)
      << describeFunction(Chain.Hops.back().Function) << Entry.Name;
}

} // namespace corolint
