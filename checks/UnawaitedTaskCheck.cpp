//===--- UnawaitedTaskCheck.cpp - coro-unawaited-task ---------------------===//

#include "UnawaitedTaskCheck.h"
#include "analysis/AwaitFixes.h"
#include "analysis/CallableWrappers.h"
#include "analysis/DiscardedExprs.h"
#include "analysis/OptionLists.h"
#include "analysis/ProjectCode.h"
#include "analysis/SourceText.h"
#include "compat/AstCompat.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace corolint {

namespace {

constexpr llvm::StringLiteral TaskTypesOption = "TaskTypes";
constexpr llvm::StringLiteral IgnoredTaskTypesOption = "IgnoredTaskTypes";
constexpr llvm::StringLiteral AllowCastToVoidOption = "AllowCastToVoid";

/// The %select index of a task's laziness in the messages below.
unsigned lazinessIndex(const TaskTypeInfo &Task) {
  if (!Task.Laziness)
    return 2;
  return *Task.Laziness == TaskLaziness::Lazy ? 0 : 1;
}

// %0 selects lazy / eager / unknown; the consequence follows the colon.
constexpr llvm::StringLiteral Consequence =
    "%select{it never runs|it runs, but its result and any exception it throws "
    "are lost|it may never run, and its result and errors are lost}0";

/// How a message names the call that made a task: `'fetch_user'`,
/// `'store.load'`, or `this call`.
std::string describeCallee(const CallExpr *Call, const ASTContext &AST) {
  const Expr *Callee = Call->getCallee();
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call)) {
    if (Operator->getOperator() != OO_Call)
      return "'operator" +
             std::string(getOperatorSpelling(Operator->getOperator())) + "'";
    Callee = Operator->getArg(0);
  }
  if (auto Text = shortText(Callee->IgnoreImplicit(), AST))
    return "'" + *Text + "'";
  return "this call";
}

/// The knowledge's advice for handling a task outside a coroutine, with the
/// task's own expression put in for `<task>` where it is short.
std::string handleWithAdvice(const TaskTypeInfo &Task, const Expr *TaskExpr,
                             const ASTContext &AST) {
  if (!Task.Entry || Task.Entry->HandleWith.empty())
    return "await it from a coroutine, or start it with its framework's "
           "runner";
  std::string Advice = Task.Entry->HandleWith;
  auto Text = TaskExpr ? shortText(TaskExpr, AST) : std::nullopt;
  if (!Text)
    return Advice;
  constexpr llvm::StringLiteral Placeholder = "<task>";
  for (size_t At = Advice.find(Placeholder); At != std::string::npos;
       At = Advice.find(Placeholder, At + Text->size()))
    Advice.replace(At, Placeholder.size(), *Text);
  return Advice;
}

/// The initialiser of \p Var as written: past cleanups and temporaries, but
/// not parentheses; inside `{...}` for a braced one.
const Expr *writtenInitializer(const VarDecl *Var) {
  const Expr *Init = Var->getInit()->IgnoreImplicit();
  if (const auto *List = dyn_cast<InitListExpr>(Init);
      List && List->getNumInits() == 1)
    Init = List->getInit(0)->IgnoreImplicit();
  return Init;
}

/// Whether `co_await f()` can initialise a variable declared as \p Var is:
/// `auto`, `const auto`, `auto &&` or `const auto &`.
bool acceptsAwaitResult(const VarDecl *Var) {
  QualType Declared = Var->getType();
  if (const auto *Reference = Declared->getAs<ReferenceType>()) {
    if (isa<LValueReferenceType>(Reference) &&
        !Reference->getPointeeType().isConstQualified())
      return false;
    Declared = Reference->getPointeeType();
  }
  return isa<AutoType>(Declared.getTypePtr());
}

} // namespace

UnawaitedTaskCheck::UnawaitedTaskCheck(llvm::StringRef Name,
                                       tidy::ClangTidyContext *Context)
    : CoroLintCheck(Name, Context),
      RawTaskTypes(Options.get(TaskTypesOption, "").str()),
      RawIgnoredTaskTypes(Options.get(IgnoredTaskTypesOption, "").str()),
      AllowCastToVoid(Options.get(AllowCastToVoidOption, false)) {
  std::string OptionErrors;
  ExtraTaskTypes = parseTaskTypesOption(RawTaskTypes, OptionErrors);
  if (!OptionErrors.empty())
    configurationDiag("invalid %0.%1: %2", DiagnosticIDs::Error)
        << Name << TaskTypesOption << llvm::StringRef(OptionErrors).rtrim("; ");
  IgnoredTaskTypes = splitOptionList(RawIgnoredTaskTypes);
}

void UnawaitedTaskCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  CoroLintCheck::storeOptions(Opts);
  Options.store(Opts, TaskTypesOption, RawTaskTypes);
  Options.store(Opts, IgnoredTaskTypesOption, RawIgnoredTaskTypes);
  Options.store(Opts, AllowCastToVoidOption, AllowCastToVoid);
}

void UnawaitedTaskCheck::registerMatchers(MatchFinder *Finder) {
  if (!Knowledge)
    return;
  readSharedWalks(Finder, this);
}

void UnawaitedTaskCheck::beginUnit() {
  if (Knowledge)
    Classifier = std::make_unique<TaskTypeClassifier>(
        *Knowledge, ExtraTaskTypes, IgnoredTaskTypes);
}

/// Reads the bodies of the functions the project wrote (lambdas with the
/// function around them) and the initializers outside functions, which can
/// store callbacks too. Generic code is judged once, as written, and in an
/// instantiation only where the template's arguments decide a call.
bool UnawaitedTaskCheck::beginWalk(const WalkedCode &Code) {
  if (!Classifier || Code.What == WalkedCode::Kind::Helper ||
      (Code.What == WalkedCode::Kind::Instantiation &&
       !Walks->hasCallsResolvedPerInstantiation(Code.Function)))
    return false;
  AST = &Code.AST;
  Instance =
      Code.What == WalkedCode::Kind::Instantiation ? Code.Function : nullptr;
  return true;
}

void UnawaitedTaskCheck::read(const WalkedStatement &At) {
  forEachDiscardedExpr(At.S, [&](const Expr *E, bool CastToVoid) {
    checkDiscardedCall(E, CastToVoid, At.Where);
  });
  if (const auto *Decl = dyn_cast<DeclStmt>(At.S))
    checkUnusedLocal(Decl, At.Where);
  checkDroppedCallback(At.S, At.Where);
}

std::optional<TaskTypeInfo>
UnawaitedTaskCheck::taskCreatedBy(const Expr *E, const CallExpr *&Call) {
  Call = dyn_cast_or_null<CallExpr>(ignoreTemporaryWrappers(E));
  // A call returning a reference hands out an existing task; only a prvalue
  // is a task made here.
  if (!Call || !Call->isPRValue())
    return std::nullopt;
  return Classifier->classify(Call->getType(), *AST);
}

bool UnawaitedTaskCheck::canInsertAwait(const TaskTypeInfo &Task,
                                        const BodyContext &Where,
                                        const Expr *Written, std::string &Why) {
  if (!Where.IsCoroutine)
    return false; // The note gives the framework's advice instead.
  if (Instance) {
    Why = "the call is a task only in some instantiations of the template";
    return false;
  }
  Why = whyCannotAwaitAt(Written, Where);
  if (!Why.empty())
    return false;
  std::optional<TaskTypeInfo> Coroutine = Classifier->classifyCoroutineReturn(
      Where.Function->getReturnType(), *AST);
  if (!Coroutine || !Task.isAwaitableFrom(*Coroutine)) {
    Why = "this coroutine's task type may not be able to await a task of "
          "another framework";
    return false;
  }
  return true;
}

void UnawaitedTaskCheck::noteHowToHandle(const TaskTypeInfo &Task,
                                         const BodyContext &Where,
                                         SourceLocation Loc,
                                         llvm::StringRef Why) {
  if (Where.IsCoroutine) {
    diag(Loc, "await it with 'co_await'; no fix-it is offered because %0",
         DiagnosticIDs::Note)
        << Why;
    return;
  }
  if (!Where.Function) { // A default member or namespace-scope initializer.
    diag(Loc, "an initializer cannot await the task; %0", DiagnosticIDs::Note)
        << Why;
    return;
  }
  diag(Loc,
       "%select{%1|this lambda}0 is not a coroutine, so it cannot await "
       "the task; %2",
       DiagnosticIDs::Note)
      << (Where.Lambda != nullptr) << Where.Function << Why;
}

/// Whether a dropped \p Type is a lost await: an awaiter, but not one whose
/// class has a destructor of its own, which may do the work when dropped
/// (corral's `nursery.start(f)` starts f then): dropping it can be the point.
static bool isLostWhenDropped(QualType Type) {
  if (!isPlainAwaiter(Type))
    return false;
  const CXXRecordDecl *Class = Type->getAsCXXRecordDecl();
  const CXXDestructorDecl *Destructor =
      Class ? Class->getDestructor() : nullptr;
  return !Destructor || !Destructor->isUserProvided();
}

void UnawaitedTaskCheck::checkDiscardedAwaiter(const Expr *E,
                                               const BodyContext &Where) {
  const auto *Call = dyn_cast_or_null<CallExpr>(ignoreTemporaryWrappers(E));
  if (!Where.IsCoroutine || !Call || !Call->isPRValue() ||
      !isLostWhenDropped(Call->getType()) ||
      !claimFinding(compat::callBegin(*Call), *AST))
    return;
  std::string Why =
      Instance ? "the call returns an awaitable only in some instantiations "
                 "of the template"
               : whyCannotAwaitAt(Call, Where);
  {
    auto Diag = diag(compat::callBegin(*Call),
                     "awaitable returned by %0 is discarded in a coroutine: "
                     "what it stands for (a switch of executor, a wait, a "
                     "yield) never happens")
                << describeCallee(Call, *AST) << Call->getSourceRange();
    if (Why.empty())
      for (const FixItHint &Hint : awaitFix(Call, *AST))
        Diag << Hint;
  }
  if (!Why.empty())
    diag(compat::callBegin(*Call),
         "await it with 'co_await'; no fix-it is offered because %0",
         DiagnosticIDs::Note)
        << Why;
  noteInstantiation();
}

void UnawaitedTaskCheck::checkDiscardedCall(const Expr *E, bool CastToVoid,
                                            const BodyContext &Where) {
  if (CastToVoid && AllowCastToVoid)
    return;
  const CallExpr *Call = nullptr;
  std::optional<TaskTypeInfo> Task = taskCreatedBy(E, Call);
  if (!Task) {
    if (!CastToVoid)
      checkDiscardedAwaiter(E, Where);
    return;
  }
  if (!claimFinding(compat::callBegin(*Call), *AST))
    return;
  std::string Why;
  bool Fixable = canInsertAwait(*Task, Where, Call, Why);
  {
    auto Diag = diag(compat::callBegin(*Call),
                     ("%select{lazy task|eager task|task}0 returned by %1 is "
                      "never awaited: " +
                      Consequence)
                         .str())
                << lazinessIndex(*Task) << describeCallee(Call, *AST)
                << Call->getSourceRange();
    if (Fixable)
      for (const FixItHint &Hint : awaitFix(Call, *AST))
        Diag << Hint;
  }
  if (!Fixable)
    noteHowToHandle(*Task, Where, compat::callBegin(*Call),
                    Where.IsCoroutine ? Why
                                      : handleWithAdvice(*Task, Call, *AST));
  noteInstantiation();
}

void UnawaitedTaskCheck::checkUnusedLocal(const DeclStmt *Decl,
                                          const BodyContext &Where) {
  for (const clang::Decl *D : Decl->decls()) {
    const auto *Var = dyn_cast<VarDecl>(D);
    // Any mention of the variable (awaited, moved, passed, returned, stored,
    // or even a member call) counts as handling it: only a task nobody ever
    // names again is certainly lost.
    if (!Var || !Var->hasLocalStorage() || Var->isReferenced() ||
        !Var->getInit() || Var->isExceptionVariable())
      continue;
    const CallExpr *Call = nullptr;
    std::optional<TaskTypeInfo> Task = taskCreatedBy(Var->getInit(), Call);
    if (!Task || !claimFinding(Var->getLocation(), *AST))
      continue;

    std::string Why;
    const Expr *Written = writtenInitializer(Var);
    bool Fixable = canInsertAwait(*Task, Where, Written, Why);
    llvm::SmallVector<FixItHint, 2> Fix;
    if (Fixable) {
      std::optional<bool> Void = hasVoidResult(Call->getType());
      if (Void == true) {
        if (Decl->isSingleDecl() && !Var->hasAttrs() &&
            Var->getInitStyle() == VarDecl::CInit &&
            !Decl->getBeginLoc().isMacroID()) {
          // `auto t = f();` cannot become `auto t = co_await f();` when the
          // result is void; the unused variable goes: `co_await f();`.
          Fix = awaitFix(Written, *AST, Decl->getBeginLoc());
        } else {
          Why = "the task's result is void, so the variable would have to "
                "go, and here that is not a single edit";
        }
      } else if (Void == false) {
        if (acceptsAwaitResult(Var))
          Fix = awaitFix(Written, *AST);
        else
          Why = "the variable's declared type would have to become the "
                "task's result type";
      } else {
        Why = "the task's result type is not known";
      }
      Fixable = !Fix.empty();
    }
    diag(Var->getLocation(),
         ("%select{lazy task|eager task|task}0 %1 is never awaited: " +
          Consequence)
             .str())
        << lazinessIndex(*Task) << Var << Fix;
    if (!Fixable)
      noteHowToHandle(*Task, Where, Written->getBeginLoc(),
                      Where.IsCoroutine ? Why
                                        : handleWithAdvice(*Task, Call, *AST));
    noteInstantiation();
  }
}

void UnawaitedTaskCheck::checkDroppedCallback(const Stmt *S,
                                              const BodyContext &Where) {
  const Expr *Callable = nullptr;
  QualType Wrapper;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S)) {
    if (Construct->getNumArgs() >= 1 &&
        isVoidCallbackWrapper(Construct->getType(), *Knowledge)) {
      Callable = Construct->getArg(0);
      Wrapper = Construct->getType();
    }
  } else if (const auto *Assign = dyn_cast<CXXOperatorCallExpr>(S)) {
    if (Assign->getOperator() == OO_Equal && Assign->getNumArgs() == 2 &&
        isVoidCallbackWrapper(Assign->getArg(0)->getType(), *Knowledge)) {
      Callable = Assign->getArg(1);
      Wrapper = Assign->getArg(0)->getType().getNonReferenceType();
    }
  }
  if (!Callable)
    return;
  Callable = ignoreTemporaryWrappers(Callable);
  QualType Returned = callResultType(Callable->getType());
  if (Returned.isNull())
    return;
  std::optional<TaskTypeInfo> Task = Classifier->classify(Returned, *AST);
  if (!Task || !claimFinding(Callable->getBeginLoc(), *AST))
    return;
  const auto *Record = Callable->getType()->getAsCXXRecordDecl();
  // 0: a coroutine lambda, 1: a lambda that returns a task made elsewhere,
  // 2: any other callable.
  unsigned CallableKind = 2;
  if (Record && Record->isLambda())
    CallableKind = isCoroutine(Record->getLambdaCallOperator()) ? 0 : 1;
  // A lambda's body can be long: underline only its introducer `[...]`.
  SourceRange Highlight = Callable->getSourceRange();
  if (const auto *Lambda = dyn_cast<LambdaExpr>(Callable))
    Highlight = Lambda->getIntroducerRange();
  diag(Callable->getBeginLoc(),
       "%select{coroutine lambda|lambda|callable}1 returning %select{a lazy "
       "task|an "
       "eager task|a task}0 is stored as %2, which throws away the task it "
       "returns: " +
           Consequence.str())
      << lazinessIndex(*Task) << CallableKind << Wrapper.getUnqualifiedType()
      << Highlight;
  diag(Callable->getBeginLoc(),
       "inside the callback, %0; or give the callback a type whose "
       "signature returns the task",
       DiagnosticIDs::Note)
      << handleWithAdvice(*Task, nullptr, *AST);
  noteInstantiation();
}

} // namespace corolint
