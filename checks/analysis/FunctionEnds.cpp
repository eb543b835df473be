//===--- FunctionEnds.cpp - How a function's body ends --------------------===//

#include "analysis/FunctionEnds.h"
#include "analysis/Worklist.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"

using namespace clang;

namespace corolint {

OwnStatements ownStatements(const FunctionDecl *Function) {
  OwnStatements Found;
  walkStmts(Function->getBody(), [&](const Stmt *S) {
    // A lambda's statements are its own function's; local classes are not
    // children of the statements that declare them.
    if (isa<LambdaExpr, BlockExpr>(S))
      return Walk::Over;
    if (isa<ReturnStmt>(S))
      Found.HasReturn = true;
    if (isa<CoreturnStmt, CoawaitExpr, DependentCoawaitExpr, CoyieldExpr>(S))
      Found.HasCoroutineKeyword = true;
    return Walk::Into;
  });
  return Found;
}

OwnStatements spelledStatements(const FunctionDecl *Function) {
  OwnStatements Found;
  const Stmt *Body = Function->getBody();
  if (!Body)
    return Found;
  const ASTContext &AST = Function->getASTContext();
  const SourceManager &SM = AST.getSourceManager();
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(Body->getSourceRange()), SM,
      AST.getLangOpts());
  if (Range.isInvalid())
    return Found;
  auto [File, Begin] = SM.getDecomposedLoc(Range.getBegin());
  unsigned End = SM.getFileOffset(Range.getEnd());
  llvm::StringRef Buffer = SM.getBufferData(File);
  // To the buffer's end, which the lexer needs to be its terminating NUL.
  Lexer Raw(SM.getLocForStartOfFile(File), AST.getLangOpts(), Buffer.begin(),
            Buffer.begin() + Begin, Buffer.end());
  Token Tok;
  while (true) {
    Raw.LexFromRawLexer(Tok);
    if (Tok.is(tok::eof) || SM.getFileOffset(Tok.getLocation()) >= End)
      break;
    if (Tok.isNot(tok::raw_identifier))
      continue;
    llvm::StringRef Word = Tok.getRawIdentifier();
    if (Word == "return")
      Found.HasReturn = true;
    else if (Word == "co_await" || Word == "co_return" || Word == "co_yield")
      Found.HasCoroutineKeyword = true;
  }
  return Found;
}

/// Whether the path through \p Block ends the function on purpose: with a
/// return statement, a throw, or a call that does not return.
static bool endsOnPurpose(const CFGBlock &Block) {
  if (Block.hasNoReturnElement())
    return true;
  for (const CFGElement &Element : llvm::reverse(Block)) {
    std::optional<CFGStmt> Statement = Element.getAs<CFGStmt>();
    if (!Statement)
      continue;
    const Stmt *Last = Statement->getStmt();
    return isa<ReturnStmt, CXXThrowExpr>(Last);
  }
  return false; // An empty block: the end of the body, or of an empty body.
}

bool mayFallOffEnd(const FunctionDecl *Function) {
  Stmt *Body = Function->getBody();
  if (!Body)
    return false;
  CFG::BuildOptions Options;
  // `while (true)` without a break has no path out, as -Wreturn-type sees it.
  Options.PruneTriviallyFalseEdges = true;
  std::unique_ptr<CFG> Graph =
      CFG::buildCFG(Function, Body, &Function->getASTContext(), Options);
  if (!Graph)
    return false;

  // The blocks a path from the entry reaches; pruned edges lead nowhere.
  llvm::DenseSet<const CFGBlock *> Reached;
  llvm::SmallVector<const CFGBlock *, 16> Pending = {&Graph->getEntry()};
  Reached.insert(&Graph->getEntry());
  while (!Pending.empty()) {
    const CFGBlock *Block = Pending.pop_back_val();
    for (const CFGBlock::AdjacentBlock &Successor : Block->succs())
      if (const CFGBlock *Next = Successor.getReachableBlock())
        if (Reached.insert(Next).second)
          Pending.push_back(Next);
  }

  const CFGBlock &Exit = Graph->getExit();
  for (const CFGBlock::AdjacentBlock &Predecessor : Exit.preds()) {
    const CFGBlock *Block = Predecessor.getReachableBlock();
    if (Block && Reached.contains(Block) && !endsOnPurpose(*Block))
      return true;
  }
  return false;
}

} // namespace corolint
