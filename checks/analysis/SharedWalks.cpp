//===--- SharedWalks.cpp - The walks of a function every check reads ------===//

#include "analysis/SharedWalks.h"
#include "analysis/DiscardedExprs.h"
#include "clang/AST/DeclCXX.h"
#include <map>
#include <mutex>

namespace corolint {

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

void SharedWalks::removeReader(StatementReader *Reader) {
  llvm::erase(StatementReaders, Reader);
}

void SharedWalks::removeReader(OwnCodeReader *Reader) {
  llvm::erase(OwnCodeReaders, Reader);
}

void SharedWalks::enterUnit(const clang::ASTContext &AST) {
  if (Unit == &AST)
    return;
  Unit = &AST;
  LoopContextWalked.clear();
  OwnCodeWalked.clear();
}

void SharedWalks::walkLoopContext(clang::ASTContext &AST,
                                  const clang::FunctionDecl *Function,
                                  const clang::FunctionDecl *Instance) {
  enterUnit(AST);
  if (!LoopContextWalked.insert(Function).second)
    return;
  for (StatementReader *Reader : StatementReaders)
    Reader->beginFunction(AST, Instance);
  forEachInLoopContext(Function, &Threads, [&](const LoopStatement &At) {
    for (StatementReader *Reader : StatementReaders)
      Reader->read(At);
  });
  for (StatementReader *Reader : StatementReaders)
    Reader->endFunction();
}

void SharedWalks::walkOwnCode(const clang::FunctionDecl *Function,
                              OwnCodeReader *Asking) {
  enterUnit(Function->getASTContext());
  std::vector<OwnCodeReader *> Readers = OwnCodeReaders;
  if (!OwnCodeWalked.insert(Function).second)
    Readers = {Asking};
  for (OwnCodeReader *Reader : Readers)
    Reader->beginOwnCode(Function);
  DiscardTracker Discards;
  auto Visit = [&](const clang::Stmt *S, const BodyContext &Where) {
    Discards.note(S);
    bool Discarded = Discards.isDiscarded(S);
    for (OwnCodeReader *Reader : Readers)
      Reader->readOwnCode(Function, S, Where, Discarded);
  };
  if (const auto *Constructor =
          llvm::dyn_cast<clang::CXXConstructorDecl>(Function))
    for (const clang::CXXCtorInitializer *Init : Constructor->inits())
      if (Init->isWritten())
        forEachStmtInInitializer(Init->getInit(), Constructor, Visit);
  forEachStmtInBody(Function, Visit, &Threads);
}

} // namespace corolint
