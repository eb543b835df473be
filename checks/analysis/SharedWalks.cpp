//===--- SharedWalks.cpp - The one walk of a function every check reads ---===//

#include "analysis/SharedWalks.h"
#include "analysis/DiscardedExprs.h"
#include "analysis/ProjectCode.h"
#include "analysis/Worklist.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include <map>
#include <mutex>

using namespace clang;
using namespace clang::ast_matchers;

namespace corolint {

namespace {

/// Records the expressions that are the operand of a postfix expression.
class PostfixOperands {
public:
  void note(const Stmt *S) {
    const Expr *Operand = nullptr;
    if (const auto *Member = dyn_cast<MemberExpr>(S)) {
      // Not an implicit conversion (`if (r)` calling `operator bool`).
      if (!isa<CXXConversionDecl>(Member->getMemberDecl()))
        Operand = Member->getBase();
    } else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(S))
      Operand = Subscript->getBase();
    else if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(S);
             Operator && Operator->getNumArgs() >= 1 &&
             (Operator->getOperator() == OO_Subscript ||
              Operator->getOperator() == OO_Arrow ||
              Operator->getOperator() == OO_Call))
      Operand = Operator->getArg(0);
    else if (const auto *Unary = dyn_cast<UnaryOperator>(S);
             Unary && Unary->isPostfix())
      Operand = Unary->getSubExpr();
    if (Operand)
      Operands.insert(ignoreTemporaryWrappers(Operand));
  }
  bool contains(const Stmt *S) const {
    const auto *E = dyn_cast<Expr>(S);
    return E && Operands.count(E);
  }

private:
  llvm::SmallPtrSet<const Expr *, 8> Operands;
};

/// Whether \p Context is an implicit instantiation of a class template,
/// whose members were judged in the template as written.
bool isImplicitInstantiation(const DeclContext *Context) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(Context);
  return Spec && Spec->getSpecializationKind() != TSK_ExplicitSpecialization;
}

/// Whether \p Body has a call or construction whose callee a template
/// argument decides.
bool hasDependentCall(const Stmt *Body) {
  return !walkStmts(Body, [](const Stmt *S) {
    const auto *Call = dyn_cast<CallExpr>(S);
    bool Dependent =
        isa<ParenListExpr, CXXUnresolvedConstructExpr>(S) ||
        (Call && !Call->getDirectCallee() && Call->isTypeDependent());
    return Dependent ? Walk::Stop : Walk::Into;
  });
}

} // namespace

std::shared_ptr<SharedWalks>
SharedWalks::join(const std::shared_ptr<const KnowledgeBase> &Knowledge) {
  // Checks are made per translation unit; the walks live while one holds
  // them, so the next unit starts afresh.
  static std::mutex Lock;
  static std::map<const KnowledgeBase *, std::weak_ptr<SharedWalks>> Live;
  std::lock_guard<std::mutex> Guard(Lock);
  std::weak_ptr<SharedWalks> &Entry = Live[Knowledge.get()];
  std::shared_ptr<SharedWalks> Walks = Entry.lock();
  if (!Walks) {
    Walks = std::make_shared<SharedWalks>(Knowledge);
    Entry = Walks;
  }
  return Walks;
}

void SharedWalks::addReader(WalkReader *Reader, MatchFinder *Finder) {
  Readers.push_back(Reader);
  if (!Finder)
    return;
  UnitReaders.push_back(Reader);
  if (Finder == MatchingFor)
    return;
  MatchingFor = Finder;
  // A lambda's call operator is walked with the code around it, which
  // decides where the lambda runs; a generic lambda is judged as written.
  auto NotLambda = unless(cxxMethodDecl(ofClass(cxxRecordDecl(isLambda()))));
  Finder->addMatcher(functionDecl(isDefinition(), isInProjectCode(),
                                  unless(isTemplateInstantiation()), NotLambda)
                         .bind("function"),
                     this);
  Finder->addMatcher(functionDecl(isDefinition(), isTemplateInstantiation(),
                                  isInProjectCode(), NotLambda)
                         .bind("instance"),
                     this);
  Finder->addMatcher(
      fieldDecl(isInProjectCode(), hasInClassInitializer(expr())).bind("field"),
      this);
  Finder->addMatcher(varDecl(hasGlobalStorage(), unless(isStaticLocal()),
                             isInProjectCode(), hasInitializer(expr()))
                         .bind("global"),
                     this);
}

void SharedWalks::onStartOfTranslationUnit() {
  for (WalkReader *Reader : UnitReaders)
    Reader->beginUnit();
}

void SharedWalks::onEndOfTranslationUnit() {
  for (WalkReader *Reader : UnitReaders)
    Reader->endUnit();
}

void SharedWalks::removeReader(WalkReader *Reader) {
  llvm::erase(Readers, Reader);
  llvm::erase(UnitReaders, Reader);
  for (auto &[Function, By] : ReadBy)
    llvm::erase(By, Reader);
}

void SharedWalks::enterUnit(const ASTContext &AST) {
  if (Unit == &AST)
    return;
  Unit = &AST;
  ReadBy.clear();
  DependentCalls.clear();
}

bool SharedWalks::hasCallsResolvedPerInstantiation(
    const FunctionDecl *Instance) {
  enterUnit(Instance->getASTContext());
  const FunctionDecl *Pattern = Instance->getTemplateInstantiationPattern();
  if (!Pattern || !Pattern->getBody())
    return false;
  auto [It, Inserted] = DependentCalls.try_emplace(Pattern, false);
  if (Inserted)
    It->second = hasDependentCall(Pattern->getBody());
  return It->second;
}

void SharedWalks::run(const MatchFinder::MatchResult &Result) {
  ASTContext &AST = *Result.Context;
  enterUnit(AST);
  if (const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function"))
    walk({WalkedCode::Kind::AsWritten, Function, AST}, notYetRead(Function));
  else if (const auto *Instance =
               Result.Nodes.getNodeAs<FunctionDecl>("instance"))
    walk({WalkedCode::Kind::Instantiation, Instance, AST},
         notYetRead(Instance));
  else if (const auto *Field = Result.Nodes.getNodeAs<FieldDecl>("field")) {
    if (!isImplicitInstantiation(Field->getParent()))
      walk({WalkedCode::Kind::Initializer, nullptr, AST}, Readers,
           Field->getInClassInitializer());
  } else if (const auto *Var = Result.Nodes.getNodeAs<VarDecl>("global")) {
    if (Var->getTemplateSpecializationKind() != TSK_ImplicitInstantiation &&
        !isImplicitInstantiation(Var->getDeclContext()))
      walk({WalkedCode::Kind::Initializer, nullptr, AST}, Readers,
           Var->getInit());
  }
}

llvm::SmallVector<WalkReader *, 8>
SharedWalks::notYetRead(const FunctionDecl *Function) {
  llvm::SmallVector<WalkReader *, 8> Unread;
  const auto Known = ReadBy.find(Function);
  for (WalkReader *Reader : Readers)
    if (Known == ReadBy.end() || !llvm::is_contained(Known->second, Reader))
      Unread.push_back(Reader);
  return Unread;
}

void SharedWalks::walkHelper(const FunctionDecl *Function, WalkReader *Asking) {
  ASTContext &AST = Function->getASTContext();
  enterUnit(AST);
  llvm::SmallVector<WalkReader *, 8> Unread = notYetRead(Function);
  if (!llvm::is_contained(Unread, Asking))
    Unread = {Asking};
  walk({WalkedCode::Kind::Helper, Function, AST}, Unread);
}

void SharedWalks::walk(const WalkedCode &Code,
                       llvm::ArrayRef<WalkReader *> Candidates,
                       const Expr *Initializer) {
  if (Code.Function && !Code.Function->doesThisDeclarationHaveABody())
    return;
  llvm::SmallVector<WalkReader *, 8> Reading;
  for (WalkReader *Reader : Candidates)
    if (Reader->beginWalk(Code))
      Reading.push_back(Reader);
  if (Reading.empty())
    return;
  if (Code.Function) {
    auto &By = ReadBy[Code.Function];
    By.append(Reading.begin(), Reading.end());
  }
  DiscardTracker Discards;
  PostfixOperands Postfix;
  auto Visit = [&](const Stmt *S, const BodyContext &Where) {
    Discards.note(S);
    Postfix.note(S);
    WalkedStatement At{Code, S, Where, Discards.isDiscarded(S),
                       Postfix.contains(S)};
    for (WalkReader *Reader : Reading)
      Reader->read(At);
  };
  if (!Code.Function) {
    forEachStmtInInitializer(Initializer, nullptr, Visit, &Threads);
  } else {
    if (const auto *Constructor = dyn_cast<CXXConstructorDecl>(Code.Function))
      for (const CXXCtorInitializer *Init : Constructor->inits())
        if (Init->isWritten())
          forEachStmtInInitializer(Init->getInit(), Constructor, Visit,
                                   &Threads);
    forEachStmtInBody(Code.Function, Visit, &Threads);
  }
  for (WalkReader *Reader : Reading)
    Reader->endWalk(Code);
}

} // namespace corolint
