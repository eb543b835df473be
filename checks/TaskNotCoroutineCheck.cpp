//===--- TaskNotCoroutineCheck.cpp - coro-task-not-coroutine --------------===//

#include "TaskNotCoroutineCheck.h"
#include "analysis/FunctionBodies.h"
#include "analysis/FunctionEnds.h"
#include "analysis/ProjectCode.h"
#include "analysis/SourceText.h"
#include "clang/AST/ASTLambda.h"
#include "clang/AST/DeclCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace corolint {

namespace {

/// The %select index of a task's laziness in the message.
unsigned lazinessIndex(const TaskTypeInfo &Task) {
  if (!Task.Laziness)
    return 2;
  return *Task.Laziness == TaskLaziness::Lazy ? 0 : 1;
}

/// Whether a parameter of type \p Type can be moved (or copied) into a
/// coroutine frame, as every by-value parameter of a coroutine is.
bool canMoveIntoFrame(QualType Type) {
  const CXXRecordDecl *Record = Type->getAsCXXRecordDecl();
  if (Type->isReferenceType() || !Record || !Record->hasDefinition())
    return true;
  Record = Record->getDefinition();
  if ((Record->needsImplicitMoveConstructor() &&
       !Record->defaultedMoveConstructorIsDeleted()) ||
      (Record->needsImplicitCopyConstructor() &&
       !Record->defaultedCopyConstructorIsDeleted()))
    return true;
  for (const CXXConstructorDecl *Constructor : Record->ctors())
    if (Constructor->isCopyOrMoveConstructor() && !Constructor->isDeleted() &&
        Constructor->getAccess() == AS_public)
      return true;
  return false;
}

/// Why `co_return;` could not simply be added to \p Function, whose task
/// has a void result and whose body has no return statement; empty if it
/// can.
std::string whyNoCoReturn(const FunctionDecl *Function) {
  if (Function->isConstexpr())
    return "a coroutine cannot be constexpr";
  if (Function->isVariadic())
    return "a coroutine cannot take C variadic arguments";
  if (!llvm::all_of(Function->parameters(), [](const ParmVarDecl *Param) {
        return canMoveIntoFrame(Param->getType());
      }))
    return "a parameter cannot be moved into a coroutine frame";
  const auto *Body = dyn_cast<CompoundStmt>(Function->getBody());
  if (!Body)
    return "the body is a function-try-block";
  if (Body->getRBracLoc().isMacroID())
    return "the end of the body is in a macro";
  return "";
}

/// `co_return;` before the closing brace of \p Body, laid out as the code
/// around it: on a line of its own, indented like the last statement, when
/// the brace has a line of its own; otherwise on the brace's line.
FixItHint insertCoReturn(const CompoundStmt *Body, const SourceManager &SM) {
  SourceLocation Brace = Body->getRBracLoc();
  auto [File, Offset] = SM.getDecomposedLoc(Brace);
  StringRef Buffer = SM.getBufferData(File);
  StringRef BeforeBrace = Buffer.take_front(Offset);
  size_t LineStart = BeforeBrace.rfind('\n');
  LineStart = LineStart == StringRef::npos ? 0 : LineStart + 1;
  StringRef Prefix = BeforeBrace.drop_front(LineStart);
  if (!Prefix.trim(" \t").empty() || LineStart == 0) {
    bool Blank = !BeforeBrace.empty() &&
                 (BeforeBrace.back() == ' ' || BeforeBrace.back() == '\t');
    return FixItHint::CreateInsertion(Brace,
                                      Blank ? "co_return; " : " co_return; ");
  }
  std::string Indent = (Prefix + "  ").str();
  if (!Body->body_empty()) {
    SourceLocation Last = Body->body_back()->getBeginLoc();
    if (!Last.isMacroID() &&
        SM.getSpellingLineNumber(Last) != SM.getSpellingLineNumber(Brace))
      Indent = lineIndentation(Last, SM).str();
  }
  bool CrLf = LineStart >= 2 && Buffer[LineStart - 2] == '\r';
  return FixItHint::CreateInsertion(
      Brace.getLocWithOffset(-static_cast<int>(Prefix.size())),
      Indent + "co_return;" + (CrLf ? "\r\n" : "\n"));
}

} // namespace

void TaskNotCoroutineCheck::registerMatchers(MatchFinder *Finder) {
  if (!Knowledge)
    return;
  // Every function with a body: lambdas' call operators and template
  // instantiations too (a template as written is judged in its
  // instantiations, where its return type and its calls are known).
  Finder->addMatcher(functionDecl(isDefinition(), isInProjectCode(),
                                  unless(isImplicit()), unless(isDeleted()),
                                  unless(isDefaulted()))
                         .bind("function"),
                     this);
}

void TaskNotCoroutineCheck::onStartOfTranslationUnit() {
  if (Knowledge)
    Classifier = std::make_unique<TaskTypeClassifier>(
        *Knowledge, llvm::ArrayRef<TaskTypeEntry>(),
        llvm::ArrayRef<std::string>());
}

void TaskNotCoroutineCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function");
  if (!Classifier || !Function || !Function->doesThisDeclarationHaveABody() ||
      Function->isInvalidDecl() || Function->isDependentContext() ||
      Function->isNoReturn() || isCoroutine(Function))
    return;
  // A function returning a reference to a task hands out one that exists.
  QualType Returned = Function->getReturnType();
  if (Returned->isReferenceType())
    return;
  std::optional<TaskTypeInfo> Task =
      Classifier->classify(Returned, *Result.Context);
  if (!Task)
    return;
  // A body with a co_ keyword that is still no coroutine did not compile:
  // the compiler's error says why. In a file with errors, where the compiler
  // may have dropped a statement it could not compile, a body that spells a
  // co_ keyword or a return is left alone.
  OwnStatements Own = ownStatements(Function);
  if (Result.Context->getDiagnostics().hasErrorOccurred()) {
    OwnStatements Spelled = spelledStatements(Function);
    if (Spelled.HasCoroutineKeyword || Spelled.HasReturn)
      return;
  }
  if (Own.HasCoroutineKeyword || !mayFallOffEnd(Function) ||
      !claimFinding(Function->getLocation(), *Result.Context))
    return;

  Instance = Function->getTemplateInstantiationPattern() ? Function : nullptr;
  std::string Why;
  if (Instance)
    Why = "the same code serves the template's other instantiations";
  else if (Own.HasReturn)
    Why = "";
  else if (std::optional<bool> Void = hasVoidResult(Returned); Void != true)
    Why = Void == false ? "the task's result is not void: 'co_return' needs "
                          "the value the task was meant to give"
                        : "the task's result type is not known";
  else
    Why = whyNoCoReturn(Function);

  const SourceManager &SM = *Result.SourceManager;
  const auto *Body = dyn_cast<CompoundStmt>(Function->getBody());
  bool Fixable = !Own.HasReturn && Why.empty() && Body;
  bool IsLambda = isLambdaCallOperator(Function);
  {
    auto Diag =
        diag(Function->getLocation(),
             "%select{%1|this lambda}0 returns %select{a lazy task|an eager "
             "task|a task}2 %3 but is not a coroutine (no co_await, co_return "
             "or co_yield): its body runs at the call and %select{falls|can "
             "fall}4 off the end without returning a task")
        << IsLambda << Function << lazinessIndex(*Task)
        << ("'" + Returned.getAsString(Result.Context->getPrintingPolicy()) +
            "'")
        << Own.HasReturn << Function->getReturnTypeSourceRange();
    if (Fixable)
      Diag << insertCoReturn(Body, SM);
  }
  SourceLocation End = Body ? Body->getRBracLoc() : Function->getEndLoc();
  if (Own.HasReturn)
    diag(End,
         "a path without a return statement reaches the end of the body "
         "here; return a task on every path, or make it a coroutine",
         DiagnosticIDs::Note);
  else if (!Fixable) // The fix-it itself says what to do.
    diag(End,
         "make it a coroutine (co_return at the end) or return a task; no "
         "fix-it is offered because %0",
         DiagnosticIDs::Note)
        << Why;
  noteInstantiation();
  Instance = nullptr;
}

} // namespace corolint
