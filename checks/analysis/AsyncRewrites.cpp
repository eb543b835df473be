//===--- AsyncRewrites.cpp - Blocking calls to their awaited twins --------===//

#include "analysis/AsyncRewrites.h"
#include "analysis/AwaitFixes.h"
#include "analysis/DeclNames.h"
#include "compat/AstCompat.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace corolint {

namespace {

std::string sourceText(SourceRange Range, const ASTContext &AST) {
  return Lexer::getSourceText(CharSourceRange::getTokenRange(Range),
                              AST.getSourceManager(), AST.getLangOpts())
      .str();
}

/// The arguments the user wrote, without defaulted ones.
llvm::SmallVector<const Expr *, 4> writtenArgs(const KnownCall &Call) {
  llvm::SmallVector<const Expr *, 4> Args;
  for (const Expr *Arg : Call.Args)
    if (!isa<CXXDefaultArgExpr>(Arg))
      Args.push_back(Arg);
  return Args;
}

/// Whether a parameter of \p Callee has class type \p Class (by value or by
/// reference): the overloads that report errors through an `error_code &`.
bool hasParameterOfClass(const FunctionDecl *Callee, llvm::StringRef Class) {
  for (const ParmVarDecl *Param : Callee->parameters()) {
    QualType Type = Param->getType().getNonReferenceType();
    if (const auto *Record = Type->getAsCXXRecordDecl())
      if (knowledgeName(Record) == Class)
        return true;
  }
  return false;
}

/// Whether \p Type is a std::chrono::duration with an integral count whose
/// period is a whole number of \p Unit, so it converts to a duration of that
/// unit implicitly.
bool isWholeDurationOf(QualType Type, llvm::StringRef Unit) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Type.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || knowledgeName(Spec) != "std::chrono::duration" ||
      Spec->getTemplateArgs().size() != 2)
    return false;
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (Args[0].getKind() != TemplateArgument::Type ||
      !Args[0].getAsType()->isIntegerType() ||
      Args[1].getKind() != TemplateArgument::Type)
    return false;
  // std::ratio<Num, Den>: its two integral template arguments.
  const auto *Ratio = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Args[1].getAsType()->getAsCXXRecordDecl());
  if (!Ratio || Ratio->getTemplateArgs().size() != 2 ||
      Ratio->getTemplateArgs()[0].getKind() != TemplateArgument::Integral ||
      Ratio->getTemplateArgs()[1].getKind() != TemplateArgument::Integral)
    return false;
  llvm::APSInt Num = Ratio->getTemplateArgs()[0].getAsIntegral();
  llvm::APSInt Den = Ratio->getTemplateArgs()[1].getAsIntegral();
  unsigned Exponent = llvm::StringSwitch<unsigned>(Unit)
                          .Case("nanoseconds", 9)
                          .Case("microseconds", 6)
                          .Case("milliseconds", 3)
                          .Default(0);
  // The period Num/Den seconds is a whole number of 10^-Exponent seconds.
  __int128 Scaled = static_cast<__int128>(Num.getExtValue());
  for (unsigned I = 0; I < Exponent; ++I)
    Scaled *= 10;
  return Den.getExtValue() > 0 && Scaled % Den.getExtValue() == 0;
}

/// The namespace `<ns>` stands for: the qualifier the user wrote on the call
/// when it names \p Namespace (`net::read` with `namespace net =
/// boost::asio`), else \p Namespace itself.
std::string writtenNamespace(const KnownCall &Call, llvm::StringRef Namespace,
                             const ASTContext &AST) {
  const auto *Ref = dyn_cast<DeclRefExpr>(
      cast<CallExpr>(Call.Call)->getCallee()->IgnoreParenImpCasts());
  if (!Ref || !Ref->getQualifierLoc())
    return Namespace.str();
  const NamespaceDecl *Named = compat::qualifierNamespace(*Ref);
  if (!Named || knowledgeName(Named) != Namespace)
    return Namespace.str();
  std::string Written =
      sourceText(Ref->getQualifierLoc().getSourceRange(), AST);
  return llvm::StringRef(Written).rtrim(":").str();
}

/// \p Template with its placeholders filled in.
std::string expand(llvm::StringRef Template, llvm::StringRef Namespace,
                   llvm::ArrayRef<const Expr *> Args, const ASTContext &AST) {
  std::string Result;
  while (!Template.empty()) {
    size_t Open = Template.find('<');
    size_t Close =
        Open == llvm::StringRef::npos ? Open : Template.find('>', Open);
    if (Close == llvm::StringRef::npos) {
      Result += Template;
      break;
    }
    Result += Template.take_front(Open);
    llvm::StringRef Name = Template.slice(Open + 1, Close);
    unsigned Index = 0;
    if (Name == "ns") {
      Result += Namespace;
    } else if (Name == "args") {
      for (size_t I = 0; I < Args.size(); ++I)
        Result += (I ? ", " : "") + sourceText(Args[I]->getSourceRange(), AST);
    } else if (Name.consume_front("arg") && !Name.getAsInteger(10, Index) &&
               Index < Args.size()) {
      Result += sourceText(Args[Index]->getSourceRange(), AST);
    } else {
      Result += Template.slice(Open, Close + 1); // Not a placeholder.
    }
    Template = Template.drop_front(Close + 1);
  }
  return Result;
}

/// The name token of the function \p Call calls: `read_some` in
/// `sock.read_some(b)`, `read` in `asio::read(s, b)`.
SourceLocation calleeNameLoc(const Expr *Call) {
  const auto *AsCall = dyn_cast<CallExpr>(Call);
  if (!AsCall || isa<CXXOperatorCallExpr>(AsCall))
    return {};
  const Expr *Callee = AsCall->getCallee()->IgnoreParenImpCasts();
  if (const auto *Member = dyn_cast<MemberExpr>(Callee))
    return Member->getMemberLoc();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Callee))
    return Ref->getNameInfo().getLoc();
  return {};
}

} // namespace

Rewrite rewriteCall(const RewriteEntry &Entry, const KnownCall &Call,
                    bool Parenthesise, const ASTContext &AST,
                    IncludeTracker &Includes) {
  Rewrite Result;
  const SourceManager &SM = AST.getSourceManager();
  if (!Entry.SkipOverloadsWith.empty() &&
      hasParameterOfClass(Call.Callee, Entry.SkipOverloadsWith)) {
    Result.WhyNot = "this overload reports errors through '" +
                    Entry.SkipOverloadsWith +
                    "', and the awaited form throws instead";
    return Result;
  }
  llvm::SmallVector<const Expr *, 4> Args = writtenArgs(Call);
  if (!Entry.DurationUnit.empty() &&
      (Args.empty() ||
       !isWholeDurationOf(Args[0]->getType(), Entry.DurationUnit))) {
    Result.WhyNot = "the duration may not convert to " + Entry.DurationUnit +
                    " without loss";
    return Result;
  }
  const auto *AsCall = dyn_cast<CallExpr>(Call.Call);
  if (!AsCall) {
    Result.WhyNot = "a construction has no awaited form";
    return Result;
  }
  std::string Namespace = Entry.Namespace.empty()
                              ? ""
                              : writtenNamespace(Call, Entry.Namespace, AST);
  // `(co_await x).size()`: the await binds looser than the postfix after it.
  llvm::StringRef Opening = Parenthesise ? "(co_await " : "co_await ";
  SourceLocation End = Lexer::getLocForEndOfToken(Call.Call->getEndLoc(), 0, SM,
                                                  AST.getLangOpts());

  if (!Entry.ReplaceWith.empty()) {
    std::string Text = Opening.str() +
                       expand(Entry.ReplaceWith, Namespace, Args, AST) +
                       (Parenthesise ? ")" : "");
    Result.Fix.push_back(FixItHint::CreateReplacement(
        CharSourceRange::getTokenRange(Call.Call->getSourceRange()), Text));
  } else {
    SourceLocation Name = calleeNameLoc(Call.Call);
    if (Name.isInvalid() || Name.isMacroID()) {
      Result.WhyNot = "the function's name is not written at the call";
      return Result;
    }
    // An unqualified free call starts with the name: one edit, not an
    // insertion and a replacement at the same offset.
    if (Name == Call.Call->getBeginLoc()) {
      Result.Fix.push_back(FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(Name, Name),
          (Opening + Entry.Rename).str()));
    } else {
      Result.Fix.push_back(
          FixItHint::CreateInsertion(Call.Call->getBeginLoc(), Opening));
      Result.Fix.push_back(FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(Name, Name), Entry.Rename));
    }
    if (!Entry.AppendArgument.empty()) {
      std::string Argument = expand(Entry.AppendArgument, Namespace, Args, AST);
      Result.Fix.push_back(FixItHint::CreateInsertion(
          AsCall->getRParenLoc(), Args.empty() ? Argument : ", " + Argument));
    }
    if (Parenthesise)
      Result.Fix.push_back(FixItHint::CreateInsertion(End, ")"));
  }
  for (const std::string &Header : Entry.Includes)
    if (std::optional<FixItHint> Include =
            Includes.insertInclude(Header, Call.Call->getBeginLoc()))
      Result.Fix.push_back(*Include);
  return Result;
}

} // namespace corolint
