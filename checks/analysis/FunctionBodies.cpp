//===--- FunctionBodies.cpp - Walking function bodies with their context --===//

#include "analysis/FunctionBodies.h"
#include "analysis/DiscardedExprs.h"
#include "analysis/ProjectCode.h"
#include "analysis/TripCounts.h"
#include "analysis/WaitStarts.h"
#include "analysis/Worklist.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace corolint {

bool isCoroutine(const FunctionDecl *Function) {
  return Function && isa_and_nonnull<CoroutineBodyStmt>(Function->getBody());
}

bool BodyContext::inLoopContext() const {
  return Runner && !AfterPoolResume && !OnWaitingThread && isCoroutine(Runner);
}

static const LambdaExpr *asLambda(const Expr *E);

/// \p Callee's definition, if it is in the translation unit and worth
/// following into (see followableCallee).
/// \p Callee's definition, if the project wrote it: it has a body outside
/// system and third-party headers.
static const FunctionDecl *projectDefinition(const FunctionDecl *Callee) {
  const FunctionDecl *Definition = nullptr;
  if (!Callee || !Callee->hasBody(Definition) || !Definition ||
      !isProjectLocation(Definition->getLocation(),
                         Definition->getASTContext().getSourceManager()))
    return nullptr;
  return Definition;
}

static const FunctionDecl *followableDefinition(const FunctionDecl *Callee) {
  // A member of a class template, called from another member as written
  // (`build_request()` in `client<Security>::send_email`), is followed in
  // the template too: what does not depend on the parameters is known.
  const FunctionDecl *Definition = projectDefinition(Callee);
  if (!Definition || Definition->isDefaulted() || isCoroutine(Definition))
    return nullptr;
  return Definition;
}

const FunctionDecl *followableCallee(const Stmt *S) {
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call);
        Operator && Operator->getOperator() == OO_Call &&
        asLambda(Operator->getArg(0)))
      return nullptr; // `[&] { ... }()`
    return followableDefinition(Call->getDirectCallee());
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
    return followableDefinition(Construct->getConstructor());
  return nullptr;
}

const FunctionDecl *followedCallee(const Stmt *S, const ThreadModel *Threads) {
  if (const FunctionDecl *Callee = followableCallee(S))
    return Callee;
  const auto *Guard = dyn_cast<CXXConstructExpr>(S);
  return Guard && Threads ? followableDefinition(Threads->lockTakenBy(Guard))
                          : nullptr;
}

using VisitFn = llvm::function_ref<void(const Stmt *, const BodyContext &)>;

/// What happens to a lambda, from where it is written.
enum class LambdaRole {
  Stored,    ///< Kept to be called later: its body has its own runner.
  Called,    ///< Called at once, or passed to a call: it runs with its caller.
  Offloaded, ///< Handed to an offload point: it runs on another thread.
};

/// The lambda \p E is, seen through the conversions of passing it on.
static const LambdaExpr *asLambda(const Expr *E) {
  while (E) {
    E = E->IgnoreParens();
    if (const auto *Lambda = dyn_cast<LambdaExpr>(E))
      return Lambda;
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E))
      E = Cast->getSubExpr();
    else if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E))
      E = Temporary->getSubExpr();
    else if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
      E = Bind->getSubExpr();
    else if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
      E = Cleanups->getSubExpr();
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
             Construct && Construct->getNumArgs() >= 1 &&
             Construct->getParenOrBraceRange().isInvalid())
      E = Construct->getArg(0); // An implicit conversion to a wrapper.
    else
      return nullptr;
  }
  return nullptr;
}

namespace {

/// Whether the children of \p S run only on some paths through it.
/// The coroutine of the project that the call \p S starts, with its body
/// (for a template, the instantiation's).
const FunctionDecl *calledCoroutine(const Stmt *S) {
  const auto *Call = dyn_cast<CallExpr>(S);
  if (!Call || isa<CXXOperatorCallExpr>(Call))
    return nullptr;
  const FunctionDecl *Definition = projectDefinition(Call->getDirectCallee());
  if (!Definition || !isCoroutine(Definition) ||
      Definition->isDependentContext())
    return nullptr;
  return Definition;
}

/// Whether the coroutine \p Coroutine uses its parameter \p Index only off
/// its loop: it hands it to another thread, or reads it (calls it, copies it
/// into a lambda) only where no loop runs: after a move to a pool, or in a
/// lambda handed to another thread. A project's `offload(work)` that awaits
/// a move to a pool and then calls `work()` runs a callable argument there.
bool usesParameterOffLoop(const FunctionDecl *Coroutine, unsigned Index,
                          const ThreadModel *Threads) {
  // A wrapper's body is walked once more for each call; wrappers calling
  // wrappers are followed one level deep.
  static thread_local unsigned Depth = 0;
  if (Index >= Coroutine->getNumParams() || Depth > 1)
    return false;
  const ParmVarDecl *Parameter = Coroutine->getParamDecl(Index);
  auto Names = [&](const Expr *E) -> const DeclRefExpr * {
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(
        E ? ignorePassing(E)->IgnoreParenImpCasts() : nullptr);
    return Ref && Ref->getDecl() == Parameter ? Ref : nullptr;
  };
  llvm::SmallPtrSet<const DeclRefExpr *, 4> HandedOn;
  bool Used = false;
  bool OnLoop = false;
  ++Depth;
  forEachStmtInBody(
      Coroutine,
      [&](const Stmt *S, const BodyContext &Where) {
        bool OffLoop = !Where.Runner || Where.AfterPoolResume;
        if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
          // A copy into a lambda is judged where the lambda uses it.
          for (const Expr *Init : Lambda->capture_inits())
            if (const DeclRefExpr *Ref = Names(Init))
              HandedOn.insert(Ref);
        } else if (isa<CallExpr, CXXConstructExpr>(S)) {
          unsigned Count = isa<CallExpr>(S)
                               ? cast<CallExpr>(S)->getNumArgs()
                               : cast<CXXConstructExpr>(S)->getNumArgs();
          for (unsigned Argument = 0; Argument < Count; ++Argument) {
            const Expr *Arg = isa<CallExpr>(S)
                                  ? cast<CallExpr>(S)->getArg(Argument)
                                  : cast<CXXConstructExpr>(S)->getArg(Argument);
            if (const DeclRefExpr *Ref = Names(Arg);
                Ref && Threads->runsArgumentElsewhere(cast<Expr>(S), Argument))
              HandedOn.insert(Ref);
          }
        } else if (const auto *Ref = dyn_cast<DeclRefExpr>(S);
                   Ref && Ref->getDecl() == Parameter) {
          Used = true;
          if (!HandedOn.count(Ref) && !OffLoop)
            OnLoop = true;
        }
      },
      Threads);
  --Depth;
  return Used && !OnLoop;
}

/// Whether \p S contains a statement that can leave a loop around it before
/// the end of an iteration.
bool mayLeaveEarly(const Stmt *S) {
  return !walkStmts(S, [](const Stmt *Part) {
    return isa<BreakStmt, ContinueStmt, ReturnStmt, CoreturnStmt, GotoStmt,
               CXXThrowExpr>(Part)
               ? Walk::Stop
               : Walk::Into;
  });
}

/// Whether the body of \p Loop certainly runs: once for a `do`, and for a
/// loop whose trip count the source fixes at one or more; in both cases
/// only when nothing in it can leave before its end.
bool runsBodyCertainly(const Stmt *Loop, const ASTContext &AST) {
  const Stmt *Body = nullptr;
  if (const auto *Do = dyn_cast<DoStmt>(Loop))
    Body = Do->getBody();
  else if (std::optional<uint64_t> Trips = constantTripCount(Loop, AST);
           Trips && *Trips > 0)
    Body = isa<ForStmt>(Loop)           ? cast<ForStmt>(Loop)->getBody()
           : isa<CXXForRangeStmt>(Loop) ? cast<CXXForRangeStmt>(Loop)->getBody()
           : isa<WhileStmt>(Loop)       ? cast<WhileStmt>(Loop)->getBody()
                                        : nullptr;
  return Body && !mayLeaveEarly(Body);
}

bool runsChildrenConditionally(const Stmt *S, const ASTContext *AST) {
  if (const auto *Binary = dyn_cast<BinaryOperator>(S))
    return Binary->isLogicalOp();
  if (isLoop(S))
    return !AST || !runsBodyCertainly(S, *AST);
  return isa<IfStmt, SwitchStmt, AbstractConditionalOperator, CXXCatchStmt>(S);
}

/// Whether \p S is a call written in the body of an assertion macro (not in
/// the expression the assertion checks): the macro's failure reporting.
bool isAssertionReporting(const Stmt *S, const ThreadModel *Threads,
                          const ASTContext *AST) {
  if (!Threads || !AST || !isa<CallExpr, CXXConstructExpr>(S))
    return false;
  SourceLocation Loc = S->getBeginLoc();
  if (!Loc.isMacroID())
    return false;
  const SourceManager &SM = AST->getSourceManager();
  // The checked expression is spelled inside the macro's invocation.
  CharSourceRange Invocation = SM.getExpansionRange(Loc);
  SourceLocation Spelling = SM.getSpellingLoc(Loc);
  if (SM.isPointWithin(Spelling, Invocation.getBegin(), Invocation.getEnd()))
    return false;
  for (SourceLocation At = Loc; At.isMacroID();
       At = SM.getImmediateMacroCallerLoc(At))
    if (Threads->isAssertionMacro(
            Lexer::getImmediateMacroName(At, SM, AST->getLangOpts())))
      return true;
  return false;
}

/// Whether \p S is an `if` that leaves the enclosing block on one branch
/// only; if so, \p Remaining is the condition of the code after it.
bool isEarlyExit(const Stmt *S, PathCondition &Remaining) {
  const Expr *Tested = nullptr;
  const Stmt *Then = nullptr, *Else = nullptr;
  if (const auto *If = dyn_cast<IfStmt>(S); If && !If->isConsteval()) {
    Tested = If->getCond();
    Then = If->getThen();
    Else = If->getElse();
  } else if (const auto *E = dyn_cast<Expr>(S)) {
    // `assert(c)`: `c ? void(0) : __assert_fail(...)`.
    if (const auto *Conditional = dyn_cast<ConditionalOperator>(
            E->IgnoreImplicit()->IgnoreParenCasts())) {
      Tested = Conditional->getCond();
      Then = Conditional->getTrueExpr();
      Else = Conditional->getFalseExpr();
    }
  }
  bool ThenExits = neverCompletes(Then), ElseExits = neverCompletes(Else);
  if (!Tested || ThenExits == ElseExits)
    return false;
  Remaining.What = PathCondition::Kind::Boolean;
  Remaining.Tested = Tested;
  Remaining.Holds = ElseExits;
  return true;
}

/// The case labels a switch jumps to, when every one of them labels a
/// statement of its body block (no labels nested in other statements) and
/// none is a GNU range: only then does a label say when what follows runs.
std::optional<llvm::SmallPtrSet<const SwitchCase *, 8>>
topLevelLabels(const SwitchStmt *Switch) {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Switch->getBody());
  if (!Body)
    return std::nullopt;
  llvm::SmallPtrSet<const SwitchCase *, 8> Labels;
  for (const Stmt *Child : Body->body())
    while (const auto *Label = dyn_cast<SwitchCase>(Child)) {
      Labels.insert(Label);
      Child = Label->getSubStmt();
    }
  for (const SwitchCase *Label = Switch->getSwitchCaseList(); Label;
       Label = Label->getNextSwitchCase()) {
    const auto *Case = dyn_cast<CaseStmt>(Label);
    if (!Labels.count(Label) || (Case && Case->caseStmtIsGNURange()))
      return std::nullopt;
  }
  return Labels;
}

/// The condition of the code after the labels \p Reached (of \p Switch)
/// have been jumped to, directly or by falling through.
PathCondition caseCondition(const SwitchStmt *Switch,
                            llvm::ArrayRef<const SwitchCase *> Reached) {
  PathCondition Condition;
  Condition.What = PathCondition::Kind::Case;
  Condition.Tested = Switch->getCond();
  bool Default = llvm::any_of(
      Reached, [](const SwitchCase *Label) { return isa<DefaultStmt>(Label); });
  Condition.Holds = !Default;
  for (const SwitchCase *Label = Switch->getSwitchCaseList(); Label;
       Label = Label->getNextSwitchCase())
    if (const auto *Case = dyn_cast<CaseStmt>(Label))
      if (llvm::is_contained(Reached, Label) != Default)
        Condition.Values.push_back(Case->getLHS());
  // The list runs backwards from the last label written.
  std::reverse(Condition.Values.begin(), Condition.Values.end());
  return Condition;
}

class BodyWalker {
public:
  BodyWalker(VisitFn Visit, const ThreadModel *Threads)
      : Visit(Visit), Threads(Threads) {}

  void walkBody(const FunctionDecl *Function) {
    AST = &Function->getASTContext();
    BodyContext Context;
    Context.Function = Function;
    Context.IsCoroutine = isCoroutine(Function);
    Context.Runner = Function;
    Context.AfterPoolResume =
        Context.IsCoroutine && Threads && Threads->startsOnPool(Function);
    walk(Function->getBody(), Context, /*Unconditional=*/true);
    run();
  }

  void walkInitializer(const Expr *Init, const FunctionDecl *Function) {
    BodyContext Context;
    Context.Function = Function;
    Context.Runner = Function;
    walk(Init, Context, /*Unconditional=*/true);
    run();
  }

private:
  /// One step of the walk. The steps wait in a Worklist, not on the native
  /// stack: statements nest as deep as the code's expressions.
  struct Step {
    enum class Kind {
      Walk,        ///< Visits S in Context, then walks what is under it.
      NoteResume,  ///< An await of the operand S has run.
      NoteSuspend, ///< A co_await or co_yield has run.
      EnterBranch, ///< Adds the condition that S is Holds.
      LeaveBranch, ///< Drops it.
      SwitchBody,  ///< Walks the body of the switch S as a sequence.
      EnterLambda, ///< Walks the body of the lambda S, after its captures.
      LeaveLambda, ///< Back in the code around that lambda.
      NextInBlock, ///< The next statement of the innermost block walked.
    };
    Step(Kind What, const Stmt *S = nullptr, const BodyContext &Context = {},
         bool Unconditional = false, bool Holds = false)
        : What(What), S(S), Context(Context), Unconditional(Unconditional),
          Holds(Holds) {}

    Kind What;
    const Stmt *S;
    BodyContext Context;
    /// For Walk and NoteResume: S certainly runs when its parent does.
    bool Unconditional;
    bool Holds;
  };

  void run() {
    Work.run([&](const Step &Current) {
      switch (Current.What) {
      case Step::Kind::Walk:
        walkNow(Current.S, Current.Context, Current.Unconditional);
        break;
      case Step::Kind::NoteResume:
        noteResume(cast<Expr>(Current.S), Current.Unconditional);
        break;
      case Step::Kind::NoteSuspend:
        Suspended = true;
        break;
      case Step::Kind::EnterBranch:
        Conditions.push_back(boolean(cast<Expr>(Current.S), Current.Holds));
        break;
      case Step::Kind::LeaveBranch:
        Conditions.pop_back();
        break;
      case Step::Kind::SwitchBody: {
        const auto *Switch = cast<SwitchStmt>(Current.S);
        const auto *Body = cast<CompoundStmt>(Switch->getBody());
        visit(Body, Current.Context);
        walkSequence(Body, Current.Context, false, Switch);
        break;
      }
      case Step::Kind::EnterLambda:
        enterLambda(cast<LambdaExpr>(Current.S), Current.Context);
        break;
      case Step::Kind::LeaveLambda: {
        LambdaSave Saved = LambdaSaves.pop_back_val();
        ConditionBase = Saved.ConditionBase;
        Resumed = Saved.Resumed;
        Suspended = Saved.Suspended;
        break;
      }
      case Step::Kind::NextInBlock:
        nextInBlock();
        break;
      }
      return true;
    });
  }

  /// Schedules the walk of \p S.
  void walk(const Stmt *S, const BodyContext &Context, bool Unconditional) {
    if (S)
      Work.then({Step::Kind::Walk, S, Context, Unconditional});
  }

  void walkNow(const Stmt *S, const BodyContext &Context, bool Unconditional) {
    // Synthesised code around the user's code: visit only what was written.
    if (const auto *Coroutine = dyn_cast<CoroutineBodyStmt>(S))
      return walk(Coroutine->getBody(), Context, Unconditional);
    if (const auto *Suspend = dyn_cast<CoroutineSuspendExpr>(S)) {
      visit(S, Context);
      walk(Suspend->getOperand(), Context, Unconditional);
      if (isa<CoawaitExpr>(Suspend))
        noteResumeLater(Suspend->getOperand(), Unconditional);
      Work.then({Step::Kind::NoteSuspend});
      return;
    }
    // In a template whose promise type depends on a parameter, the await is
    // dependent; where it resumes is still its operand's.
    if (const auto *Await = dyn_cast<DependentCoawaitExpr>(S)) {
      visit(S, Context);
      walk(Await->getOperand(), Context, Unconditional);
      noteResumeLater(Await->getOperand(), Unconditional);
      Work.then({Step::Kind::NoteSuspend});
      return;
    }
    if (const auto *Return = dyn_cast<CoreturnStmt>(S)) {
      visit(S, Context);
      return walk(Return->getOperand(), Context, Unconditional);
    }
    // Shared or default subexpressions are visited where they are written.
    if (isa<OpaqueValueExpr, CXXDefaultArgExpr, CXXDefaultInitExpr>(S))
      return;

    BodyContext Inner = Context;
    if (!Inner.Cold && (callsNoReturn(S) || isMarkedUnlikely(S)))
      Inner.Cold = true;
    // An assertion's report is cold, not the checked expression inside it.
    if (!Inner.Cold && isAssertionReporting(S, Threads, AST)) {
      BodyContext Report = Inner;
      Report.Cold = true;
      visit(S, Report);
    } else {
      visit(S, Inner);
    }

    noteWaitStart(S, Inner);
    // A loop that suspends runs its body again after the suspension.
    if (Inner.OnWaitingThread && !Suspended && isLoop(S) &&
        containsSuspension(S))
      Suspended = true;

    if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
      return walkLambda(Lambda, Inner, Unconditional);
    if (const auto *Compound = dyn_cast<CompoundStmt>(S))
      return walkSequence(Compound, Inner, Unconditional);
    if (const auto *Declarations = dyn_cast<DeclStmt>(S))
      return walkDeclarations(Declarations, Inner, Unconditional);
    noteLambdaArguments(S);
    if (isa<CXXCatchStmt>(S))
      Inner.InCatchHandler = true;
    bool ChildrenUnconditional =
        Unconditional && !runsChildrenConditionally(S, AST);
    if (walkBranches(S, Inner))
      return;
    for (const Stmt *Child : S->children())
      walk(Child, Inner, ChildrenUnconditional);
  }

  /// Schedules noteResume, for after the walk of the operand.
  void noteResumeLater(const Expr *Operand, bool Unconditional) {
    Work.then({Step::Kind::NoteResume, Operand, {}, Unconditional});
  }

  /// Records where an await of \p Operand, which certainly runs when
  /// \p Unconditional, resumes the coroutine.
  void noteResume(const Expr *Operand, bool Unconditional) {
    if (Unconditional && Threads)
      if (std::optional<ResumeThread> Thread = Threads->resumesOn(Operand))
        Resumed = Thread;
  }

  /// \p Context for \p S itself: off the waiting thread once a suspension
  /// may have run, or when \p S holds one (it ends after it).
  BodyContext here(const Stmt *S, const BodyContext &Context) const {
    BodyContext Here = Context;
    Here.OnWaitingThread =
        Context.OnWaitingThread && !Suspended && !containsSuspension(S);
    return Here;
  }

  void visit(const Stmt *S, const BodyContext &Context) {
    BodyContext Here = here(S, Context);
    Here.Conditions = llvm::ArrayRef(Conditions).drop_front(ConditionBase);
    Visit(S, Here);
  }

  /// Schedules the walk of \p Child under one more condition: that
  /// \p Tested is \p Holds.
  void walkUnder(const Stmt *Child, const BodyContext &Context,
                 const Expr *Tested, bool Holds, bool Cold = false) {
    if (!Child)
      return;
    BodyContext Inner = Context;
    Inner.Cold = Inner.Cold || Cold;
    Work.then({Step::Kind::EnterBranch, Tested, {}, false, Holds});
    walk(Child, Inner, /*Unconditional=*/false);
    Work.then({Step::Kind::LeaveBranch});
  }

  static PathCondition boolean(const Expr *Tested, bool Holds) {
    PathCondition Condition;
    Condition.Tested = Tested;
    Condition.Holds = Holds;
    return Condition;
  }

  /// Walks the children of a statement that chooses which of them run
  /// (`if`, `?:`, `&&`, `||`, `switch`), each under its condition. Returns
  /// false, having walked nothing, for any other statement.
  bool walkBranches(const Stmt *S, const BodyContext &Context) {
    if (const auto *If = dyn_cast<IfStmt>(S)) {
      walk(If->getInit(), Context, false);
      walk(If->getConditionVariableDeclStmt(), Context, false);
      walk(If->getCond(), Context, false);
      if (If->isConsteval() || !If->getCond()) {
        walk(If->getThen(), Context, false);
        walk(If->getElse(), Context, false);
        return true;
      }
      int Unlikely = unlikelyBranchByExpect(If->getCond());
      walkUnder(If->getThen(), Context, If->getCond(), true, Unlikely == 1);
      walkUnder(If->getElse(), Context, If->getCond(), false, Unlikely == 0);
      return true;
    }
    if (const auto *Conditional = dyn_cast<ConditionalOperator>(S)) {
      walk(Conditional->getCond(), Context, false);
      walkUnder(Conditional->getTrueExpr(), Context, Conditional->getCond(),
                true);
      walkUnder(Conditional->getFalseExpr(), Context, Conditional->getCond(),
                false);
      return true;
    }
    if (const auto *Binary = dyn_cast<BinaryOperator>(S);
        Binary && Binary->isLogicalOp()) {
      walk(Binary->getLHS(), Context, false);
      walkUnder(Binary->getRHS(), Context, Binary->getLHS(),
                Binary->getOpcode() == BO_LAnd);
      return true;
    }
    if (const auto *Switch = dyn_cast<SwitchStmt>(S)) {
      walk(Switch->getInit(), Context, false);
      walk(Switch->getConditionVariableDeclStmt(), Context, false);
      walk(Switch->getCond(), Context, false);
      const auto *Body = dyn_cast_or_null<CompoundStmt>(Switch->getBody());
      if (Body && topLevelLabels(Switch))
        Work.then({Step::Kind::SwitchBody, Switch, Context});
      else
        walk(Switch->getBody(), Context, false);
      return true;
    }
    return false;
  }

  /// A block being walked, one statement after the other.
  struct Block {
    const CompoundStmt *Statements = nullptr;
    BodyContext Context;
    bool Unconditional = false;
    const SwitchStmt *Switch = nullptr;
    /// How many conditions there were before the block.
    size_t Outer = 0;
    /// The statement walked next.
    unsigned Next = 0;
    std::optional<ResumeThread> Last;
    llvm::SmallVector<const SwitchCase *, 4> Reached;
    bool PreviousCompletes = false;
  };

  /// The statements of a block run in order: after one that certainly
  /// resumed on a pool, the rest are off the loop (until one resumes on a
  /// loop again). A block that certainly runs passes that on to its parent.
  ///
  /// A block with a call that does not return at its top level is a cold
  /// path. The code after an `if` that leaves the block on one branch runs
  /// under the other branch's condition; in the body of \p Switch, the code
  /// after case labels runs when the condition has one of their values (and
  /// those of the labels it falls through from).
  void walkSequence(const CompoundStmt *Statements, BodyContext Context,
                    bool Unconditional, const SwitchStmt *Switch = nullptr) {
    if (llvm::any_of(Statements->body(), callsNoReturn))
      Context.Cold = true;
    Block &Entered = Blocks.emplace_back();
    Entered.Statements = Statements;
    Entered.Context = Context;
    Entered.Unconditional = Unconditional;
    Entered.Switch = Switch;
    Entered.Outer = Conditions.size();
    Work.then({Step::Kind::NextInBlock});
  }

  /// Takes in what the statement of the innermost block just walked did,
  /// and schedules the walk of the next one, or ends the block.
  void nextInBlock() {
    Block &Current = Blocks.back();
    if (Current.Next > 0) {
      const Stmt *Walked = Current.Statements->body_begin()[Current.Next - 1];
      Current.PreviousCompletes = !neverCompletes(Walked);
      if (Resumed) {
        Current.Last = Resumed;
        Current.Context.AfterPoolResume = *Resumed == ResumeThread::Pool;
      }
      PathCondition Remaining;
      if (isEarlyExit(Walked, Remaining))
        Conditions.push_back(std::move(Remaining));
    }
    if (Current.Next == Current.Statements->size()) {
      Conditions.resize(Current.Outer);
      Resumed = Current.Unconditional ? Current.Last : std::nullopt;
      Blocks.pop_back();
      return;
    }
    const Stmt *Child = Current.Statements->body_begin()[Current.Next++];
    if (isa<LabelStmt, SwitchCase>(Child))
      Conditions.resize(Current.Outer); // Jumped to: earlier exits do not hold.
    if (Current.Switch && isa<SwitchCase>(Child)) {
      if (!Current.PreviousCompletes)
        Current.Reached.clear();
      for (const Stmt *Label = Child; isa_and_nonnull<SwitchCase>(Label);
           Label = cast<SwitchCase>(Label)->getSubStmt())
        Current.Reached.push_back(cast<SwitchCase>(Label));
      Conditions.push_back(caseCondition(Current.Switch, Current.Reached));
    }
    Resumed.reset();
    walk(Child, Current.Context, /*Unconditional=*/!Current.Switch);
    Work.then({Step::Kind::NextInBlock});
  }

  /// The initializers of local variables; a static one runs once.
  void walkDeclarations(const DeclStmt *Declarations,
                        const BodyContext &Context, bool Unconditional) {
    for (const Decl *D : Declarations->decls()) {
      const auto *Var = dyn_cast<VarDecl>(D);
      if (!Var || !Var->getInit())
        continue;
      BodyContext Inner = Context;
      Inner.RunsOnce = Context.RunsOnce || Var->isStaticLocal();
      noteWaitStartedVariable(Var, Context);
      walk(Var->getInit(), Inner, Unconditional);
    }
  }

  void walkLambda(const LambdaExpr *Lambda, const BodyContext &Outer,
                  bool Unconditional) {
    for (const Expr *Init : Lambda->capture_inits())
      walk(Init, Outer, Unconditional);
    Work.then({Step::Kind::EnterLambda, Lambda, Outer});
  }

  void enterLambda(const LambdaExpr *Lambda, const BodyContext &Outer) {
    const CXXMethodDecl *CallOperator = Lambda->getCallOperator();
    if (!CallOperator)
      return;
    auto Role = LambdaRoles.find(Lambda);
    LambdaRole What =
        Role == LambdaRoles.end() ? LambdaRole::Stored : Role->second;
    BodyContext Inner;
    Inner.Function = CallOperator;
    Inner.Lambda = Lambda;
    Inner.IsCoroutine = isCoroutine(CallOperator);
    if (What == LambdaRole::Offloaded) {
      Inner.Runner = nullptr;
    } else if (Inner.IsCoroutine || What == LambdaRole::Stored) {
      Inner.Runner = CallOperator;
      Inner.AfterPoolResume =
          Inner.IsCoroutine && Threads && Threads->startsOnPool(CallOperator);
      Inner.OnWaitingThread = Inner.IsCoroutine && WaitStarted.count(Lambda);
    } else {
      Inner.Runner = Outer.Runner;
      Inner.AfterPoolResume = Outer.AfterPoolResume;
      Inner.OnWaitingThread = Outer.OnWaitingThread;
      Inner.RunsOnce = Outer.RunsOnce; // `static auto t = [] { ... }();`
    }
    // A lambda with a runner of its own does not run under the conditions
    // around it; what happens inside it does not move the code around it.
    LambdaSaves.push_back({ConditionBase, Resumed, Suspended});
    if (Inner.Runner != Outer.Runner) {
      ConditionBase = Conditions.size();
      Suspended = false;
    } else {
      Inner.Cold = Outer.Cold;
    }
    walk(CallOperator->getBody(), Inner, /*Unconditional=*/false);
    Work.then({Step::Kind::LeaveLambda});
  }

  /// Whether \p Lambda is a coroutine whose code before its first
  /// suspension the walk can tell (no goto may jump back to it).
  static bool startsWhereCalled(const LambdaExpr *Lambda) {
    const CXXMethodDecl *CallOperator = Lambda->getCallOperator();
    return isCoroutine(CallOperator) && !containsGoto(CallOperator->getBody());
  }

  /// Notes the coroutine lambda that \p S, a blocking wait off the loop,
  /// starts: `sync_wait([&]() -> task<> { ... }())`.
  void noteWaitStart(const Stmt *S, const BodyContext &Context) {
    const Expr *Object = Threads ? startedByWait(S, *Threads) : nullptr;
    const LambdaExpr *Lambda = Object ? asLambda(Object) : nullptr;
    if (Lambda && startsWhereCalled(Lambda) &&
        !here(S, Context).inLoopContext())
      WaitStarted.insert(Lambda);
  }

  /// Notes the coroutine lambda that the local variable \p Var holds, when
  /// only blocking waits in code off the loop start it: `auto run = [&]()
  /// -> task<> { ... }; sync_wait(run());`.
  void noteWaitStartedVariable(const VarDecl *Var, const BodyContext &Context) {
    const LambdaExpr *Lambda = asLambda(Var->getInit());
    const auto *Function = dyn_cast<FunctionDecl>(Var->getDeclContext());
    // The uses are outside lambdas, so in Context.Runner's code.
    if (!Lambda || !Threads || !Function || !Var->hasLocalStorage() ||
        isCoroutine(Context.Runner) ||
        Var->getType()->getAsCXXRecordDecl() != Lambda->getLambdaClass() ||
        !startsWhereCalled(Lambda))
      return;
    if (onlyAwaitedByWaits(Var, Function->getBody(), *Threads))
      WaitStarted.insert(Lambda);
  }

  /// Records what each lambda written as an argument of \p S is for, before
  /// the walk reaches it.
  void noteLambdaArguments(const Stmt *S) {
    llvm::ArrayRef<const Expr *> Args;
    bool IsConstruction = false;
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      Args = llvm::ArrayRef(Call->getArgs(), Call->getNumArgs());
      if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call);
          Operator && Operator->getOperator() == OO_Call && !Args.empty())
        if (const LambdaExpr *Callee = asLambda(Args.front()))
          LambdaRoles[Callee] = LambdaRole::Called; // `[&] { ... }()`
    } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
      Args = llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs());
      IsConstruction = true;
    }
    for (unsigned Index = 0; Index < Args.size(); ++Index) {
      const LambdaExpr *Lambda = asLambda(Args[Index]);
      if (!Lambda || LambdaRoles.count(Lambda))
        continue;
      if (Threads && Threads->runsArgumentElsewhere(cast<Expr>(S), Index))
        LambdaRoles[Lambda] = LambdaRole::Offloaded;
      else if (Threads && Threads->keepsArgument(cast<Expr>(S), Index))
        LambdaRoles[Lambda] = LambdaRole::Stored;
      else if (const FunctionDecl *Coroutine = calledCoroutine(S);
               Coroutine && Threads &&
               usesParameterOffLoop(Coroutine, Index, Threads))
        LambdaRoles[Lambda] = LambdaRole::Offloaded;
      // A lambda passed to a function of the project runs when that
      // function calls it, as its effect summary sees; one passed to a
      // library function (an algorithm) runs here.
      else if (!IsConstruction && !followableCallee(S))
        LambdaRoles[Lambda] = LambdaRole::Called;
    }
  }

  VisitFn Visit;
  const ThreadModel *Threads;
  const ASTContext *AST = nullptr;
  /// The conditions of the statements being walked; those of the current
  /// runner's code start at ConditionBase.
  llvm::SmallVector<PathCondition, 8> Conditions;
  size_t ConditionBase = 0;
  llvm::DenseMap<const LambdaExpr *, LambdaRole> LambdaRoles;
  /// Where the last await that certainly ran resumed, in the statement being
  /// walked by the innermost walkSequence.
  std::optional<ResumeThread> Resumed;
  Worklist<Step> Work;
  /// The blocks being walked, the innermost last.
  llvm::SmallVector<Block, 8> Blocks;
  /// Whether a suspension of the current runner may have run.
  bool Suspended = false;
  /// The coroutine lambdas that only blocking waits off the loop start.
  llvm::SmallPtrSet<const LambdaExpr *, 4> WaitStarted;
  /// The walk's state around each lambda being walked.
  struct LambdaSave {
    size_t ConditionBase;
    std::optional<ResumeThread> Resumed;
    bool Suspended;
  };
  llvm::SmallVector<LambdaSave, 4> LambdaSaves;
};

} // namespace

void forEachStmtInInitializer(const Expr *Init, const FunctionDecl *Function,
                              VisitFn Visit, const ThreadModel *Threads) {
  if (Init)
    BodyWalker(Visit, Threads).walkInitializer(Init, Function);
}

void forEachStmtInBody(const FunctionDecl *Function, VisitFn Visit,
                       const ThreadModel *Threads) {
  if (!Function || !Function->getBody())
    return;
  BodyWalker(Visit, Threads).walkBody(Function);
}

} // namespace corolint
