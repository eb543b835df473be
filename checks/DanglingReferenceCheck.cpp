//===--- DanglingReferenceCheck.cpp - coro-dangling-reference -------------===//

#include "DanglingReferenceCheck.h"
#include "analysis/DiscardedExprs.h"
#include "analysis/FunctionBodies.h"
#include "analysis/KnownCalls.h"
#include "analysis/ProjectCode.h"
#include "analysis/Referents.h"
#include "analysis/SourceText.h"
#include "compat/AstCompat.h"
#include "clang/AST/ASTLambda.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace corolint {

namespace {

/// Where a task goes after the call that made it, when it outlives the
/// call's full expression.
enum class Fate {
  Stored,   ///< Initialises or is assigned to a variable or member.
  Returned, ///< Returned (or co_returned) to the caller.
  Started,  ///< Started by a call that lets it run on (`co_spawn`).
  Kept,     ///< Kept by a call in its object (`tasks.push_back`).
};

struct Disposition {
  Fate Kind;
  /// The statement or call that stores, returns, starts or keeps the task.
  const Stmt *Site = nullptr;
  /// The variable or member that holds the task (Stored, Kept).
  const ValueDecl *Holder = nullptr;
  /// The knowledge name of the starting or keeping call.
  std::string By;
};

/// What the task of a call refers to that may die first.
struct Danger {
  enum KindType {
    Argument, ///< A reference, view or pointer parameter.
    Object,   ///< The implicit object of a member coroutine.
    Closure,  ///< A temporary lambda object holding the captures.
    Capture,  ///< A by-reference capture of a lambda copied into the frame.
  } Kind;
  const ParmVarDecl *Param = nullptr;
  ReferenceKind ParamKind = ReferenceKind::Reference;
  Referent Ref;
  const LambdaExpr *Lambda = nullptr;
};

struct Candidate {
  const CallExpr *Call;
  const FunctionDecl *Callee;
  /// Null when the callee's body is in another file.
  const FunctionDecl *Definition;
  const FunctionDecl *Caller;
  Disposition Where;
  Danger What;
};

/// A call that waits for work, or runs an event loop, at a place.
struct WaitCall {
  SourceLocation Loc;
};

bool isTransparent(const Stmt *S, const Stmt *Child) {
  if (isa<ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr,
          CXXBindTemporaryExpr, ExprWithCleanups, CXXFunctionalCastExpr,
          CStyleCastExpr, CXXStaticCastExpr>(S))
    return true;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
    return Construct->getNumArgs() == 1 &&
           Construct->getConstructor()->isCopyOrMoveConstructor();
  if (const auto *Call = dyn_cast<CallExpr>(S))
    if (isMoveOrForward(Call) && Call->getArg(0) == Child)
      return true;
  return false;
}

/// The index of \p Child among \p Call's arguments, if it is one.
std::optional<unsigned> argumentIndex(const Stmt *Call, const Stmt *Child) {
  llvm::ArrayRef<const Expr *> Args;
  if (const auto *C = dyn_cast<CallExpr>(Call))
    Args = llvm::ArrayRef(C->getArgs(), C->getNumArgs());
  else if (const auto *C = dyn_cast<CXXConstructExpr>(Call))
    Args = llvm::ArrayRef(C->getArgs(), C->getNumArgs());
  // A member operator's object is not an argument of the knowledge's names.
  unsigned Skip = 0;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
      Op && isa_and_nonnull<CXXMethodDecl>(Op->getDirectCallee()))
    Skip = 1;
  for (unsigned I = Skip; I < Args.size(); ++I)
    if (Args[I] == Child)
      return I - Skip;
  return std::nullopt;
}

/// The variable or member \p E names, seen through parentheses.
const ValueDecl *heldIn(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(Ref->getDecl());
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return dyn_cast<FieldDecl>(Member->getMemberDecl());
  return nullptr;
}

/// The project's function \p S calls to make a lazy task, if it is such a
/// call: what every finding starts from.
const FunctionDecl *
lazyTaskMadeBy(const Stmt *S, TaskTypeClassifier &Classifier, ASTContext &AST) {
  const auto *Call = dyn_cast_or_null<CallExpr>(S);
  if (!Call || Call->isTypeDependent() || Call->containsErrors())
    return nullptr;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee ||
      !isProjectLocation(Callee->getLocation(), AST.getSourceManager()))
    return nullptr;
  std::optional<TaskTypeInfo> Task = Classifier.classify(Call->getType(), AST);
  return Task && Task->Laziness == TaskLaziness::Lazy ? Callee : nullptr;
}

/// Walks one function body (lambdas included) with the chain of statements
/// above each one, and collects what the findings are decided on.
class BodyScanner : public RecursiveASTVisitor<BodyScanner> {
  using Base = RecursiveASTVisitor<BodyScanner>;

public:
  BodyScanner(const FunctionDecl *Function, const KnowledgeBase &Knowledge,
              TaskTypeClassifier &Classifier, ASTContext &AST)
      : Knowledge(Knowledge), Classifier(Classifier), AST(AST) {
    Functions.push_back(Function);
  }

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitImplicitCode() const { return false; }

  /// Local classes and functions are functions of their own.
  bool TraverseDecl(Decl *D) {
    if (D && (isa<TagDecl>(D) || (isa<FunctionDecl>(D) && !Functions.empty() &&
                                  D != Functions.front())))
      return true;
    return Base::TraverseDecl(D);
  }

  bool dataTraverseStmtPre(Stmt *S) {
    Parents.push_back(S);
    if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
      Functions.push_back(Lambda->getCallOperator());
    visit(S);
    return true;
  }
  bool dataTraverseStmtPost(Stmt *S) {
    if (isa<LambdaExpr>(S))
      Functions.pop_back();
    Parents.pop_back();
    return true;
  }

  std::vector<Candidate> Candidates;
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<SourceLocation, 4>> Uses;
  llvm::DenseMap<const VarDecl *, const Stmt *> Scopes;
  std::vector<WaitCall> Waits;

private:
  void visit(const Stmt *S);
  void visitTaskCall(const CallExpr *Call, const FunctionDecl *Callee);
  std::optional<Disposition> disposition();

  const KnowledgeBase &Knowledge;
  TaskTypeClassifier &Classifier;
  ASTContext &AST;
  llvm::SmallVector<const Stmt *, 32> Parents;
  llvm::SmallVector<const FunctionDecl *, 4> Functions;
};

void BodyScanner::visit(const Stmt *S) {
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
    Uses[Ref->getDecl()].push_back(Ref->getLocation());
    return;
  }
  if (const auto *Member = dyn_cast<MemberExpr>(S)) {
    Uses[Member->getMemberDecl()].push_back(Member->getMemberLoc());
    return;
  }
  if (const auto *Decls = dyn_cast<DeclStmt>(S)) {
    if (Parents.size() >= 2)
      for (const Decl *D : Decls->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D))
          Scopes[Var] = Parents[Parents.size() - 2];
    return;
  }
  if (!isa<CallExpr, CXXConstructExpr>(S))
    return;
  if (std::optional<KnownCall> AsKnown = asKnownCall(S, Knowledge)) {
    bool Waits_ = findLoopEntry(*AsKnown, Knowledge) != nullptr;
    if (!Waits_)
      if (const Known<BlockingCallEntry> *Blocking =
              findBlockingCall(*AsKnown, Knowledge, /*Discarded=*/false))
        Waits_ = Blocking->Item->Category == BlockingCategory::ThreadWait;
    if (Waits_)
      Waits.push_back({S->getBeginLoc()});
  }
  const auto *Call = dyn_cast<CallExpr>(S);
  if (const FunctionDecl *Callee = lazyTaskMadeBy(Call, Classifier, AST))
    visitTaskCall(Call, Callee);
}

/// Where the task made by the call on top of Parents goes, when it outlives
/// the full expression; unset when it is awaited or waited on in it, thrown
/// away, or handed to a call the knowledge does not know.
std::optional<Disposition> BodyScanner::disposition() {
  // Awaited or waited on anywhere in the same full expression.
  for (size_t I = Parents.size() - 1; I-- > 0;) {
    const Stmt *P = Parents[I];
    if (!isa<Expr>(P) || isa<LambdaExpr>(P))
      break;
    if (isa<CoawaitExpr, CoyieldExpr, DependentCoawaitExpr>(P))
      return std::nullopt;
    if (isa<CallExpr, CXXConstructExpr>(P))
      if (std::optional<KnownCall> AsKnown = asKnownCall(P, Knowledge))
        if (const Known<LoopEntryEntry> *Entry =
                findLoopEntry(*AsKnown, Knowledge);
            Entry && Entry->Item->Kind == LoopEntryKind::Wait)
          return std::nullopt;
  }
  const Stmt *Current = Parents.back();
  for (size_t I = Parents.size() - 1; I-- > 0;) {
    const Stmt *P = Parents[I];
    const Stmt *Child = Current;
    Current = P;
    if (isTransparent(P, Child))
      continue;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P);
        Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 &&
        Op->getArg(1) == Child)
      return Disposition{Fate::Stored, P, heldIn(Op->getArg(0)), ""};
    if (isa<CallExpr, CXXConstructExpr>(P)) {
      std::optional<unsigned> Index = argumentIndex(P, Child);
      std::optional<KnownCall> AsKnown = asKnownCall(P, Knowledge);
      if (!Index || !AsKnown)
        return std::nullopt;
      const Known<TaskStarterEntry> *Starter = nullptr;
      for (const std::string &Name : AsKnown->Names)
        if ((Starter = Knowledge.findTaskStarter(Name)))
          break;
      if (!Starter || (Starter->Item->TaskArgument &&
                       *Starter->Item->TaskArgument != *Index))
        return std::nullopt;
      switch (Starter->Item->Kind) {
      case TaskStarterKind::Wraps:
        continue;
      case TaskStarterKind::RunsLater:
        return Disposition{Fate::Started, P, nullptr, Starter->Item->Name};
      case TaskStarterKind::Keeps:
        return Disposition{Fate::Kept, P,
                           AsKnown->Subject ? heldIn(AsKnown->Subject)
                                            : nullptr,
                           Starter->Item->Name};
      }
    }
    if (const auto *Decls = dyn_cast<DeclStmt>(P)) {
      for (const Decl *D : Decls->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D);
            Var && Var->getInit() == Child)
          return Disposition{Fate::Stored, Decls, Var, ""};
      return std::nullopt;
    }
    if (isa<ReturnStmt, CoreturnStmt>(P))
      return Disposition{Fate::Returned, P, nullptr, ""};
    if (const auto *Assign = dyn_cast<BinaryOperator>(P);
        Assign && Assign->getOpcode() == BO_Assign && Assign->getRHS() == Child)
      return Disposition{Fate::Stored, P, heldIn(Assign->getLHS()), ""};
    return std::nullopt;
  }
  return std::nullopt;
}

void BodyScanner::visitTaskCall(const CallExpr *Call,
                                const FunctionDecl *Callee) {
  const FunctionDecl *Definition = nullptr;
  if (Callee->hasBody(Definition)) {
    if (!isCoroutine(Definition))
      return;
  } else {
    Definition = nullptr;
  }
  const FunctionDecl *Caller = Functions.back();
  llvm::ArrayRef<std::string> Views = Knowledge.viewTypes();

  // What the task refers to that may die first.
  llvm::SmallVector<Danger, 2> Dangers;
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  const Expr *Object = nullptr;
  llvm::ArrayRef<const Expr *> Args(Call->getArgs(), Call->getNumArgs());
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
    Object = Member->getImplicitObjectArgument();
  } else if (isa<CXXOperatorCallExpr>(Call) && Method && !Args.empty()) {
    Object = Args.front();
    Args = Args.drop_front();
  }
  bool CopiesObject = false;
  if (Method && Method->isExplicitObjectMemberFunction()) {
    // `this auto self`: the object is the first parameter. By value, the
    // coroutine frame holds a copy of it.
    CopiesObject = Method->getNumParams() > 0 &&
                   !Method->getParamDecl(0)->getType()->isReferenceType();
    if (Object == nullptr && !Args.empty()) {
      Object = Args.front();
      Args = Args.drop_front();
    }
  }
  unsigned FirstParam = Method && Method->isExplicitObjectMemberFunction();
  const CXXRecordDecl *Class = Method ? Method->getParent() : nullptr;
  bool IsLambda = Class && Class->isLambda();
  if (Object && Method && !Method->isStatic()) {
    const Expr *Bare = Object->IgnoreImplicit();
    // An object passed by value to an explicit object parameter is copied
    // from the temporary (LLVM 19 keeps that copy in the AST).
    if (const auto *Copy = dyn_cast<CXXConstructExpr>(Bare);
        Copy && Copy->getNumArgs() == 1 &&
        Copy->getConstructor()->isCopyOrMoveConstructor())
      Bare = Copy->getArg(0)->IgnoreImplicit();
    if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(Bare))
      Bare = Temporary->getSubExpr()->IgnoreImplicit();
    const auto *Lambda = dyn_cast<LambdaExpr>(Bare);
    if (IsLambda && Lambda) {
      if (Lambda->capture_size() == 0)
        ;
      else if (!CopiesObject)
        Dangers.push_back({Danger::Closure, nullptr, ReferenceKind::Reference,
                           Referent{Referent::Temporary, Lambda, nullptr},
                           Lambda});
      else
        for (const LambdaCapture &Capture : Lambda->captures())
          if (Capture.capturesVariable() &&
              Capture.getCaptureKind() == LCK_ByRef)
            if (const auto *Var = dyn_cast<VarDecl>(Capture.getCapturedVar());
                Var && Var->hasLocalStorage() &&
                !Var->getType()->isReferenceType() &&
                Var->getDeclContext() == Caller) {
              Dangers.push_back(
                  {Danger::Capture, nullptr, ReferenceKind::Reference,
                   Referent{Referent::Local, nullptr, Var}, Lambda});
              break;
            }
    } else if (!CopiesObject && !(IsLambda && Class->capture_size() == 0) &&
               !(Class->hasDefinition() && Class->isEmpty())) {
      // An object with no state (`Functor{}()`) leaves nothing to dangle.
      if (std::optional<Referent> Ref = objectReferentOf(Object, Views, Caller))
        Dangers.push_back(
            {Danger::Object, nullptr, ReferenceKind::Reference, *Ref, nullptr});
    }
  }
  for (unsigned I = 0; I < Args.size(); ++I) {
    unsigned ParamIndex = I + FirstParam;
    if (ParamIndex >= Callee->getNumParams())
      break;
    const ParmVarDecl *Param = Callee->getParamDecl(ParamIndex);
    std::optional<ReferenceKind> Kind = referenceKind(Param->getType(), Views);
    if (!Kind)
      continue;
    // A task handed by reference to a function whose body is elsewhere
    // (`spawn_joinable(task<> &&)`) is taken over, not referred to: such a
    // function is a wrapper far more often than a coroutine.
    if (!Definition && Param->getType()->isReferenceType() &&
        Classifier.classify(Param->getType().getNonReferenceType(), AST))
      continue;
    if (std::optional<Referent> Ref = referentOf(Args[I], *Kind, Views, Caller))
      Dangers.push_back({Danger::Argument, Param, *Kind, *Ref, nullptr});
  }
  if (Dangers.empty())
    return;
  std::optional<Disposition> Where = disposition();
  if (!Where)
    return;
  // One finding per call: a temporary first (certain), then a local.
  const Danger *Chosen = &Dangers.front();
  for (const Danger &D : Dangers)
    if (D.Ref.Kind == Referent::Temporary) {
      Chosen = &D;
      break;
    }
  Candidates.push_back({Call, Callee, Definition, Caller, *Where, *Chosen});
}

/// The name of a variable as messages show it.
std::string varName(const VarDecl *Var) {
  return "'" + Var->getName().str() + "'";
}

} // namespace

void DanglingReferenceCheck::registerMatchers(MatchFinder *Finder) {
  if (!Knowledge)
    return;
  readSharedWalks(Finder, this);
}

void DanglingReferenceCheck::beginUnit() {
  if (Knowledge)
    Classifier = std::make_unique<TaskTypeClassifier>(
        *Knowledge, llvm::ArrayRef<TaskTypeEntry>(),
        llvm::ArrayRef<std::string>());
}

/// The functions the project wrote, lambdas with the function around them.
bool DanglingReferenceCheck::beginWalk(const WalkedCode &Code) {
  MakesLazyTask = false;
  return Classifier && Code.What == WalkedCode::Kind::AsWritten;
}

void DanglingReferenceCheck::read(const WalkedStatement &At) {
  MakesLazyTask = MakesLazyTask ||
                  lazyTaskMadeBy(At.S, *Classifier, At.Code.AST) != nullptr;
}

/// A function that makes a lazy task is looked at closely: the scan keeps
/// the statements above each one, which the shared walk does not.
void DanglingReferenceCheck::endWalk(const WalkedCode &Code) {
  if (MakesLazyTask && !Code.Function->isInvalidDecl())
    scan(Code.Function, Code.AST);
}

void DanglingReferenceCheck::scan(const FunctionDecl *Function,
                                  ASTContext &AST) {
  const SourceManager &SM = AST.getSourceManager();
  BodyScanner Scanner(Function, *Knowledge, *Classifier, AST);
  Scanner.TraverseDecl(const_cast<FunctionDecl *>(Function));
  if (Scanner.Candidates.empty())
    return;

  auto Before = [&](SourceLocation A, SourceLocation B) {
    return SM.isBeforeInTranslationUnit(SM.getExpansionLoc(A),
                                        SM.getExpansionLoc(B));
  };
  for (const Candidate &C : Scanner.Candidates) {
    const Danger &D = C.What;
    const Disposition &W = C.Where;
    bool Conditional = false;
    // Where a local's life ends: the end of its scope (a parameter's is the
    // end of the function).
    SourceLocation ScopeEnd;
    const VarDecl *Local = D.Ref.Kind == Referent::Local ? D.Ref.Var : nullptr;
    SourceLocation LaterUse;
    if (Local) {
      const Stmt *Scope = isa<ParmVarDecl>(Local)
                              ? C.Caller->getBody()
                              : Scanner.Scopes.lookup(Local);
      if (!Scope)
        continue;
      ScopeEnd = isa<CompoundStmt>(Scope)
                     ? cast<CompoundStmt>(Scope)->getRBracLoc()
                     : Scope->getEndLoc();
      switch (W.Kind) {
      case Fate::Returned:
        break;
      case Fate::Stored:
      case Fate::Kept: {
        if (!W.Holder)
          continue;
        auto It = Scanner.Uses.find(W.Holder);
        const auto *HolderVar = dyn_cast<VarDecl>(W.Holder);
        bool LocalHolder = HolderVar && HolderVar->hasLocalStorage() &&
                           !HolderVar->getType()->isReferenceType();
        if (LocalHolder) {
          // Reported when the holder is used after the local died.
          if (It != Scanner.Uses.end())
            for (SourceLocation Use : It->second)
              if (Before(ScopeEnd, Use)) {
                LaterUse = Use;
                break;
              }
          if (LaterUse.isInvalid())
            continue;
        } else {
          // A member or global outlives the function: reported unless the
          // function uses it again while the local lives.
          bool UsedInScope = false;
          if (It != Scanner.Uses.end())
            for (SourceLocation Use : It->second)
              UsedInScope |=
                  Before(W.Site->getEndLoc(), Use) && Before(Use, ScopeEnd);
          if (UsedInScope)
            continue;
        }
        break;
      }
      case Fate::Started: {
        // main's locals outlive anything its loop runs.
        if (C.Caller->isMain())
          continue;
        bool Waited = llvm::any_of(Scanner.Waits, [&](const WaitCall &Wait) {
          return Before(compat::callBegin(*C.Call), Wait.Loc) &&
                 Before(Wait.Loc, ScopeEnd);
        });
        if (Waited)
          continue;
        Conditional = isCoroutine(C.Caller);
        break;
      }
      }
    }
    SourceLocation Loc =
        D.Lambda ? D.Lambda->getBeginLoc() : compat::callBegin(*C.Call);
    if (!claimFinding(Loc, AST))
      continue;

    // The finding.
    std::string TaskOf =
        D.Lambda ? "this lambda" : "'" + C.Callee->getNameAsString() + "'";
    std::string What;
    switch (D.Kind) {
    case Danger::Closure:
      What = "the lambda object, a temporary that holds its captures";
      break;
    case Danger::Capture:
      What = "local variable " + varName(Local) + " (captured by reference)";
      break;
    case Danger::Object:
    case Danger::Argument:
      if (D.Ref.Kind == Referent::Temporary)
        What = "a temporary";
      else
        What = (isa<ParmVarDecl>(Local) ? "parameter " : "local variable ") +
               varName(Local);
      if (D.Kind == Danger::Object)
        What += " (the object it is called on)";
      break;
    }
    std::string Goes;
    switch (W.Kind) {
    case Fate::Stored:
      Goes = W.Holder ? "is stored in '" + W.Holder->getNameAsString() +
                            "' and runs later"
                      : "is stored and runs later";
      break;
    case Fate::Returned:
      Goes = "is returned and runs after '" + C.Caller->getNameAsString() +
             "' returns";
      if (isLambdaCallOperator(C.Caller))
        Goes = "is returned and runs after the lambda returns";
      break;
    case Fate::Started:
      Goes = "is started by '" + W.By + "' to run later";
      break;
    case Fate::Kept:
      Goes = "is kept by '" + W.By + "' to run later";
      break;
    }
    diag(Loc,
         "lazy task of %0 refers to %1, which %select{is|may be}2 destroyed "
         "before the task runs: the task %3")
        << TaskOf << What << Conditional << Goes;

    // Which parameter or capture keeps the reference.
    switch (D.Kind) {
    case Danger::Argument: {
      static constexpr llvm::StringLiteral Kinds[] = {"a reference", "a view",
                                                      "a pointer"};
      diag(D.Param->getLocation(),
           "parameter '%0' of '%1' is %2 (%3): the coroutine frame keeps it, "
           "not a copy of what it refers to",
           DiagnosticIDs::Note)
          << D.Param->getName() << C.Callee->getNameAsString()
          << Kinds[static_cast<unsigned>(D.ParamKind)]
          << ("'" + D.Param->getType().getAsString(AST.getPrintingPolicy()) +
              "'");
      break;
    }
    case Danger::Object:
      diag(C.Callee->getLocation(),
           "'%0' is a member function: the coroutine frame keeps 'this', not "
           "a copy of the object",
           DiagnosticIDs::Note)
          << C.Callee->getNameAsString();
      break;
    case Danger::Closure: {
      const LambdaCapture &First = *D.Lambda->capture_begin();
      std::string Name = First.capturesThis() ? "this"
                         : First.capturesVariable()
                             ? First.getCapturedVar()->getName().str()
                             : "a capture";
      diag(First.getLocation().isValid() ? First.getLocation()
                                         : D.Lambda->getBeginLoc(),
           "the coroutine reads its captures ('%0'%select{| and others}1) "
           "through the lambda object, which the coroutine frame does not copy",
           DiagnosticIDs::Note)
          << Name << (D.Lambda->capture_size() > 1);
      break;
    }
    case Danger::Capture:
      diag(D.Lambda->getBeginLoc(),
           "the lambda captures %0 by reference: its explicit object "
           "parameter copies the lambda into the coroutine frame, not %0",
           DiagnosticIDs::Note)
          << varName(Local);
      break;
    }

    // What it refers to, and where that dies.
    if (!Local) {
      if (D.Kind != Danger::Closure)
        diag(D.Ref.Where->getBeginLoc(),
             "this temporary%select{| %1}0 is destroyed at the end of the full "
             "expression",
             DiagnosticIDs::Note)
            << !D.Ref.Where->getType().isNull()
            << ("'" +
                fullyQualifiedTypeName(D.Ref.Where->getType()
                                           .getNonReferenceType()
                                           .getUnqualifiedType(),
                                       AST) +
                "'");
      else
        diag(C.Call->getEndLoc(),
             "the lambda object is destroyed at the end of the full "
             "expression",
             DiagnosticIDs::Note);
    } else if (W.Kind == Fate::Returned) {
      diag(W.Site->getBeginLoc(),
           "%0 is destroyed when %select{'%2'|the "
           "lambda}1 returns here",
           DiagnosticIDs::Note)
          << varName(Local) << isLambdaCallOperator(C.Caller)
          << C.Caller->getNameAsString();
    } else {
      diag(ScopeEnd, "%0 is destroyed here, at the end of its scope",
           DiagnosticIDs::Note)
          << varName(Local);
      if (LaterUse.isValid())
        diag(LaterUse, "the task in '%0' is used here, after %1 was destroyed",
             DiagnosticIDs::Note)
            << W.Holder->getNameAsString() << varName(Local);
    }

    // The conditions the claim rests on.
    if (Conditional)
      diag(compat::callBegin(*C.Call),
           "this holds if the started task has not finished when %select{'%1'|"
           "the lambda}0 returns: nothing in it waits for the task",
           DiagnosticIDs::Note)
          << isLambdaCallOperator(C.Caller) << C.Caller->getNameAsString();
    if (!C.Definition)
      diag(C.Callee->getLocation(),
           "this holds if '%0' is a coroutine; it is declared here without a "
           "body",
           DiagnosticIDs::Note)
          << C.Callee->getNameAsString();

    // What to do.
    if (D.Kind == Danger::Closure || D.Kind == Danger::Capture)
      diag(Loc,
           "pass the lambda's state as parameters of the lambda (the "
           "coroutine frame copies them), or await the task in the same "
           "expression",
           DiagnosticIDs::Note);
    else if (D.Kind == Danger::Object)
      diag(Loc,
           "make the object outlive the task (own it in the task, e.g. as a "
           "shared_ptr parameter), or await the task in the same expression",
           DiagnosticIDs::Note);
    else
      diag(Loc,
           "take '%0' by value, or await the task in the same expression "
           "that calls '%1'",
           DiagnosticIDs::Note)
          << D.Param->getName() << C.Callee->getNameAsString();
  }
}

} // namespace corolint
