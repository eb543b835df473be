//===--- GuardEvaluation.cpp - Deciding a guard at a call site ------------===//

#include "analysis/GuardEvaluation.h"
#include "analysis/DeclNames.h"
#include "analysis/DiscardedExprs.h"
#include "analysis/Readiness.h"
#include "analysis/Writes.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/Builtins.h"
#include <arpa/inet.h>
#include <cctype>

using namespace clang;

namespace corolint {

namespace {

using Value = GuardEvaluator::Value;

/// How deep evaluation follows parameters, getters and constructors.
constexpr unsigned MaxDepth = 16;

Value integer(uint64_t Bits, bool Unsigned) {
  Value V;
  V.What = Value::Kind::Integer;
  V.Bits = Bits;
  V.Unsigned = Unsigned;
  return V;
}

Value boolean(bool B) { return integer(B, false); }

Value text(std::string Text) {
  Value V;
  V.What = Value::Kind::String;
  V.Text = std::move(Text);
  return V;
}

/// The bits of \p V as a 64-bit integer, sign-extended when it is signed.
std::optional<uint64_t> bitsOf(const llvm::APSInt &V) {
  if (V.getBitWidth() > 64)
    return std::nullopt;
  return V.isSigned() ? uint64_t(V.getSExtValue()) : V.getZExtValue();
}

Value fromInt(const llvm::APSInt &V, QualType Type);

bool isInteger(const Value &V) { return V.What == Value::Kind::Integer; }
bool isText(const Value &V) { return V.What == Value::Kind::String; }

/// The integer kind of \p Type: whether it is unsigned.
bool isUnsignedType(QualType Type) {
  return Type->isUnsignedIntegerOrEnumerationType() || Type->isBooleanType();
}

Value fromInt(const llvm::APSInt &V, QualType Type) {
  std::optional<uint64_t> Bits = bitsOf(V);
  return Bits ? integer(*Bits, isUnsignedType(Type)) : Value();
}

/// Whether \p Record is one of the standard string classes, whose members
/// evaluate on known text.
bool isStringClass(const CXXRecordDecl *Record) {
  if (!Record)
    return false;
  std::string Name = knowledgeName(Record);
  return Name == "std::basic_string" || Name == "std::basic_string_view";
}

/// `std::string::find` and its kin on known text, as the standard defines
/// them; npos is all ones.
std::optional<uint64_t> findInText(llvm::StringRef Method,
                                   llvm::StringRef Haystack,
                                   const Value &Needle) {
  std::string Set = isText(Needle)
                        ? Needle.Text
                        : std::string(1, static_cast<char>(Needle.Bits & 0xff));
  size_t Found = llvm::StringRef::npos;
  if (Method == "find")
    Found = Haystack.find(Set);
  else if (Method == "rfind")
    Found = Haystack.rfind(Set);
  else if (Method == "find_first_of")
    Found = Haystack.find_first_of(Set);
  else if (Method == "find_last_of")
    Found = Haystack.find_last_of(Set);
  else if (Method == "find_first_not_of")
    Found = Haystack.find_first_not_of(Set);
  else if (Method == "find_last_not_of")
    Found = Haystack.find_last_not_of(Set);
  else
    return std::nullopt;
  return Found == llvm::StringRef::npos ? ~uint64_t(0) : uint64_t(Found);
}

/// A member function of a string class called on known text.
Value stringMember(llvm::StringRef Method, llvm::StringRef Object,
                   llvm::ArrayRef<Value> Args) {
  if (Args.empty()) {
    if (Method == "empty")
      return boolean(Object.empty());
    if (Method == "size" || Method == "length")
      return integer(Object.size(), true);
    if (Method == "c_str" || Method == "data")
      return text(Object.str());
    if ((Method == "front" || Method == "back") && !Object.empty())
      return integer(Method == "front" ? Object.front() : Object.back(), false);
    return Value();
  }
  const Value &Arg = Args.front();
  if (Method.starts_with("find") || Method == "rfind") {
    // Only the forms that search from the start (or the end).
    if (Args.size() > 1 || !(isText(Arg) || isInteger(Arg)))
      return Value();
    if (std::optional<uint64_t> Found = findInText(Method, Object, Arg))
      return integer(*Found, true);
    return Value();
  }
  if (!isText(Arg) && !(isInteger(Arg) && Method != "compare"))
    return Value();
  std::string Part =
      isText(Arg) ? Arg.Text : std::string(1, static_cast<char>(Arg.Bits));
  if (Method == "starts_with")
    return boolean(Object.starts_with(Part));
  if (Method == "ends_with")
    return boolean(Object.ends_with(Part));
  if (Method == "contains")
    return boolean(Object.contains(Part));
  return Value();
}

/// The C library's pure tests on known values, evaluated as the library
/// does: the character classes (`isdigit(host[0])`) and whether text is a
/// numeric address (`inet_pton(AF_INET, host, &out) == 1`).
constexpr std::pair<llvm::StringLiteral, int (*)(int)> CharacterClasses[] = {
    {"isdigit", ::isdigit},   {"isalpha", ::isalpha}, {"isalnum", ::isalnum},
    {"isxdigit", ::isxdigit}, {"isspace", ::isspace}, {"isupper", ::isupper},
    {"islower", ::islower},   {"ispunct", ::ispunct}};

/// Whether \p Callee is one of the tests cLibraryTest evaluates.
bool isCLibraryTest(const FunctionDecl *Callee) {
  if (!Callee->getIdentifier() ||
      !(Callee->isExternC() || Callee->isInStdNamespace()))
    return false;
  llvm::StringRef Name = Callee->getName();
  return Name == "inet_pton" ||
         llvm::any_of(CharacterClasses,
                      [&](const auto &Class) { return Class.first == Name; });
}

Value cLibraryTest(const FunctionDecl *Callee, llvm::ArrayRef<Value> Args) {
  llvm::StringRef Name = Callee->getName();
  if (Args.size() == 1 && isInteger(Args[0]) && Args[0].Bits < 128) {
    for (const auto &[Class, Test] : CharacterClasses)
      if (Name == Class)
        return boolean(Test(static_cast<int>(Args[0].Bits)) != 0);
    return Value();
  }
  if (Name == "inet_pton" && Args.size() == 3 && isInteger(Args[0]) &&
      isText(Args[1]) &&
      (Args[0].Bits == AF_INET || Args[0].Bits == AF_INET6)) {
    unsigned char Address[sizeof(in6_addr)];
    return integer(::inet_pton(static_cast<int>(Args[0].Bits),
                               Args[1].Text.c_str(), Address),
                   false);
  }
  return Value();
}

/// The expression a function returns when its body is one `return E;`.
const Expr *onlyReturnValue(const FunctionDecl *Function) {
  const FunctionDecl *Definition = nullptr;
  if (!Function || !Function->hasBody(Definition) || !Definition)
    return nullptr;
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Definition->getBody());
  if (!Body || Body->size() != 1)
    return nullptr;
  const auto *Return = dyn_cast<ReturnStmt>(Body->body_front());
  return Return ? Return->getRetValue() : nullptr;
}

/// The definition of \p Function, if the translation unit has one.
const FunctionDecl *definitionOf(const FunctionDecl *Function) {
  const FunctionDecl *Definition = nullptr;
  return Function && Function->hasBody(Definition) ? Definition : nullptr;
}

/// Whether \p Call is `std::move(x)`, `std::forward<T>(x)` or
/// `__builtin_expect(x, v)`: the value is its first argument's.
bool passesFirstArgument(const CallExpr *Call) {
  return Call->getNumArgs() > 0 &&
         (Call->getBuiltinCallee() == Builtin::BI__builtin_expect ||
          isMoveOrForward(Call));
}

} // namespace

const CallFrame *GuardEvaluator::makeFrame(const FunctionDecl *Function,
                                           const Expr *Call,
                                           const CallFrame *Caller) {
  Frames.push_back(
      std::make_unique<CallFrame>(CallFrame{Function, Call, Caller}));
  return Frames.back().get();
}

std::optional<bool> GuardEvaluator::holds(const PathCondition &Condition,
                                          const CallFrame &Frame,
                                          bool *CallerDecides) {
  NeedsCall = false;
  std::optional<bool> Holds = decide(Condition, Frame);
  if (CallerDecides)
    *CallerDecides = NeedsCall || namesCallInputs(Condition.Tested, Frame) ||
                     llvm::any_of(Condition.Values, [&](const Expr *Label) {
                       return namesCallInputs(Label, Frame);
                     });
  return Holds;
}

/// The expression a local variable only renames (`auto q = p;`, `auto &c =
/// this->config;`), or null when it computes a value of its own.
static const Expr *renamed(const VarDecl *Var) {
  if (!Var->hasLocalStorage() || isa<ParmVarDecl>(Var) || !Var->getInit())
    return nullptr;
  const Expr *Source = ignorePassing(Var->getInit());
  if (const auto *Unary = dyn_cast<UnaryOperator>(Source);
      Unary &&
      (Unary->getOpcode() == UO_Deref || Unary->getOpcode() == UO_AddrOf))
    Source = ignorePassing(Unary->getSubExpr());
  return isa<DeclRefExpr, MemberExpr, CXXThisExpr>(Source) ? Source : nullptr;
}

bool GuardEvaluator::namesCallInputs(const Expr *E, const CallFrame &Frame,
                                     unsigned Depth) const {
  if (!E)
    return false;
  if (Depth > MaxDepth)
    return true;
  // The object a call of the frames passes, in its caller's frame.
  auto Object = [&]() -> const Expr * {
    if (const auto *Member = dyn_cast_or_null<CXXMemberCallExpr>(Frame.Call))
      return Member->getImplicitObjectArgument();
    if (const auto *Operator =
            dyn_cast_or_null<CXXOperatorCallExpr>(Frame.Call);
        Operator && Operator->getNumArgs() > 0)
      return Operator->getArg(0);
    return Frame.Call; // A construction: its arguments set the members.
  };
  if (isa<CXXThisExpr>(E))
    return !Frame.Call || !Frame.Caller ||
           namesCallInputs(Object(), *Frame.Caller, Depth + 1);
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl())) {
      // Another function's parameter (a lambda's enclosing one): unknown.
      if (!Frame.Call || !Frame.Caller ||
          Param->getDeclContext() != Frame.Function)
        return true;
      const Expr *Arg = argument(Frame, Param->getFunctionScopeIndex());
      return Arg && !isa<CXXDefaultArgExpr>(Arg) &&
             namesCallInputs(Arg, *Frame.Caller, Depth + 1);
    }
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      return namesCallInputs(renamed(Var), Frame, Depth + 1);
    return false;
  }
  for (const Stmt *Child : E->children())
    if (const auto *Sub = dyn_cast_or_null<Expr>(Child);
        Sub && namesCallInputs(Sub, Frame, Depth + 1))
      return true;
  return false;
}

std::optional<bool> GuardEvaluator::decide(const PathCondition &Condition,
                                           const CallFrame &Frame) {
  Frames.clear(); // Those of the last condition are no longer needed.
  if (Condition.What == PathCondition::Kind::Pending)
    return isComplete(Condition.Tested, &Frame) ? std::optional<bool>(false)
                                                : std::nullopt;
  Value Tested = evaluate(Condition.Tested, &Frame);
  if (Condition.What == PathCondition::Kind::Boolean) {
    if (isInteger(Tested))
      return (Tested.Bits != 0) == Condition.Holds;
    if (isText(Tested)) // A string literal converted to a pointer.
      return Condition.Holds;
    return std::nullopt;
  }
  if (!isInteger(Tested))
    return std::nullopt;
  bool AnyUnknown = false;
  for (const Expr *Label : Condition.Values) {
    Value Case = evaluate(Label, &Frame);
    if (!isInteger(Case))
      AnyUnknown = true;
    else if (Case.Bits == Tested.Bits)
      return Condition.Holds;
  }
  if (AnyUnknown)
    return std::nullopt;
  return !Condition.Holds;
}

bool GuardEvaluator::isWritten(const ValueDecl *D,
                               const FunctionDecl *Function) {
  if (!Function)
    return true;
  auto Known = Written.find(Function);
  if (Known == Written.end()) {
    llvm::DenseSet<const ValueDecl *> Writes;
    collectWrites(Function->getBody(), Writes);
    if (const auto *Constructor = dyn_cast<CXXConstructorDecl>(Function))
      for (const CXXCtorInitializer *Init : Constructor->inits())
        if (Init->isWritten())
          collectWrites(Init->getInit(), Writes);
    Known = Written.try_emplace(Function, std::move(Writes)).first;
  }
  return Known->second.count(D) != 0;
}

bool GuardEvaluator::lacksCall(const CallFrame *Frame,
                               const ParmVarDecl *Param) {
  // Without a frame (a lambda's own variables), any call might tell.
  bool Lacks = !Frame;
  // A parameter of another function, or one written here, is not known
  // with a call either.
  if (Frame && !Frame->Call)
    Lacks = !Param || (Param->getDeclContext() == Frame->Function &&
                       !isWritten(Param, Frame->Function));
  NeedsCall |= Lacks;
  return Lacks;
}

bool GuardEvaluator::isChangedByMembers(const FieldDecl *Field) {
  const auto *Record = dyn_cast<CXXRecordDecl>(Field->getParent());
  if (!Record)
    return true;
  for (const CXXMethodDecl *Method : Record->methods())
    if (const FunctionDecl *Definition = definitionOf(Method);
        Definition && !isa<CXXConstructorDecl>(Definition) &&
        isWritten(Field, Definition))
      return true;
  return false;
}

const Expr *GuardEvaluator::argument(const CallFrame &Frame,
                                     unsigned Index) const {
  llvm::ArrayRef<const Expr *> Args;
  if (const auto *Call = dyn_cast_or_null<CallExpr>(Frame.Call)) {
    Args = llvm::ArrayRef(Call->getArgs(), Call->getNumArgs());
    // A member operator's (and a lambda's) object is its first argument.
    if (isa<CXXOperatorCallExpr>(Call) &&
        isa_and_nonnull<CXXMethodDecl>(Call->getDirectCallee()) &&
        !cast<CXXMethodDecl>(Call->getDirectCallee())->isStatic())
      Args = Args.drop_front();
  } else if (const auto *Construct =
                 dyn_cast_or_null<CXXConstructExpr>(Frame.Call)) {
    Args = llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs());
  }
  return Index < Args.size() ? Args[Index] : nullptr;
}

bool GuardEvaluator::isComplete(const Expr *Subject, const CallFrame *Frame,
                                unsigned Depth) {
  if (!Knowledge || !Subject || Depth > MaxDepth)
    return false;
  const Expr *Container = containerOf(Subject);
  if (readyEntry(Container, ReadyKind::Ready, *Knowledge))
    return true;
  if (const auto *Await = dyn_cast<CoawaitExpr>(Container)) {
    const Expr *Awaited = containerOf(Await->getOperand());
    // `auto all = when_all(...); co_await all;`
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Awaited))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
          Var && Var->hasLocalStorage() && Var->getInit())
        Awaited = containerOf(Var->getInit());
    return readyEntry(Awaited, ReadyKind::CompletedWhenAwaited, *Knowledge);
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(Container);
  if (!Ref)
    return false;
  const ValueDecl *D = Ref->getDecl();
  // `auto [a, b] = co_await when_all(...)`.
  if (const auto *Binding = dyn_cast<BindingDecl>(D))
    D = Binding->getDecomposedDecl();
  if (const auto *Param = dyn_cast_or_null<ParmVarDecl>(D)) {
    // A result passed in is complete or not as the call says, even if
    // written here.
    if (!Frame || !Frame->Call)
      NeedsCall |= !Frame || Param->getDeclContext() == Frame->Function;
    if (!Frame || !Frame->Call || Param->getDeclContext() != Frame->Function)
      return false;
    const Expr *Arg = argument(*Frame, Param->getFunctionScopeIndex());
    return Arg && !isa<CXXDefaultArgExpr>(Arg) &&
           isComplete(Arg, Frame->Caller, Depth + 1);
  }
  const auto *Var = dyn_cast_or_null<VarDecl>(D);
  if (!Var || !Var->hasLocalStorage() || !Var->getInit())
    return false;
  const auto *Owner = dyn_cast<FunctionDecl>(Var->getDeclContext());
  return isComplete(Var->getInit(),
                    Frame && Frame->Function == Owner ? Frame : nullptr,
                    Depth + 1);
}

Value GuardEvaluator::parameter(const ParmVarDecl *Param,
                                const CallFrame *Frame, unsigned Depth) {
  if (lacksCall(Frame, Param) || !Frame->Call ||
      Param->getDeclContext() != Frame->Function ||
      Recursive.count(Frame->Function) || isWritten(Param, Frame->Function))
    return Value();
  const Expr *Arg = argument(*Frame, Param->getFunctionScopeIndex());
  if (!Arg)
    return Value();
  if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(Arg))
    return evaluate(Default->getExpr(), nullptr, Depth + 1);
  return evaluate(Arg, Frame->Caller, Depth + 1);
}

Value GuardEvaluator::variable(const VarDecl *Var, const Expr *Ref,
                               const CallFrame *Frame, unsigned Depth) {
  if (Var->hasLocalStorage() && !isa<ParmVarDecl>(Var)) {
    const auto *Owner = dyn_cast<FunctionDecl>(Var->getDeclContext());
    if (!Var->getInit() || !Owner || isWritten(Var, Owner))
      return Value();
    // The frame of the function the variable is in; a lambda's own
    // variables have none.
    const CallFrame *Home = Frame && Frame->Function == Owner ? Frame : nullptr;
    return evaluate(Var->getInit(), Home, Depth + 1);
  }
  // A constant of namespace or class scope (`std::string::npos`).
  if (!Var->getType().isConstQualified())
    return Value();
  Expr::EvalResult Result;
  if (Ref->getType()->isIntegralOrEnumerationType() &&
      Ref->EvaluateAsInt(Result, AST))
    return fromInt(Result.Val.getInt(), Ref->getType());
  if (const Expr *Init = Var->getInit(); Init && !Init->isValueDependent())
    if (const auto *Literal =
            dyn_cast<StringLiteral>(Init->IgnoreParenImpCasts()))
      return evaluate(Literal, nullptr, Depth + 1);
  return Value();
}

std::optional<GuardEvaluator::Origin>
GuardEvaluator::originOfThis(const CallFrame *Frame, unsigned Depth) {
  if (lacksCall(Frame, nullptr) || !Frame->Call)
    return std::nullopt;
  if (isa<CXXConstructExpr>(Frame->Call))
    return Origin{Frame->Call, Frame->Caller};
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Frame->Call))
    return originOf(Member->getImplicitObjectArgument(), Frame->Caller,
                    Depth + 1);
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Frame->Call);
      Operator && Operator->getNumArgs() > 0 &&
      isa_and_nonnull<CXXMethodDecl>(Operator->getDirectCallee()))
    return originOf(Operator->getArg(0), Frame->Caller, Depth + 1);
  return std::nullopt;
}

std::optional<GuardEvaluator::Origin>
GuardEvaluator::originOf(const Expr *Object, const CallFrame *Frame,
                         unsigned Depth) {
  if (Depth > MaxDepth || !Object)
    return std::nullopt;
  Object = ignorePassing(Object);
  if (const auto *Deref = dyn_cast<UnaryOperator>(Object);
      Deref && Deref->getOpcode() == UO_Deref)
    Object = ignorePassing(Deref->getSubExpr());
  if (isa<CXXThisExpr>(Object))
    return originOfThis(Frame, Depth);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Object)) {
    const CXXConstructorDecl *Constructor = Construct->getConstructor();
    if (Constructor->isCopyOrMoveConstructor() && Construct->getNumArgs() > 0)
      return originOf(Construct->getArg(0), Frame, Depth + 1);
    return Origin{Construct, Frame};
  }
  if (isa<InitListExpr>(Object))
    return Origin{Object, Frame};
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Object)) {
    if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl())) {
      if (lacksCall(Frame, Param) || !Frame->Call ||
          Param->getDeclContext() != Frame->Function ||
          Recursive.count(Frame->Function) || isWritten(Param, Frame->Function))
        return std::nullopt;
      const Expr *Arg = argument(*Frame, Param->getFunctionScopeIndex());
      if (!Arg || isa<CXXDefaultArgExpr>(Arg))
        return std::nullopt;
      return originOf(Arg, Frame->Caller, Depth + 1);
    }
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
        Var && Var->hasLocalStorage() && Var->getInit()) {
      const auto *Owner = dyn_cast<FunctionDecl>(Var->getDeclContext());
      if (!Owner || isWritten(Var, Owner))
        return std::nullopt;
      return originOf(Var->getInit(),
                      Frame && Frame->Function == Owner ? Frame : nullptr,
                      Depth + 1);
    }
    return std::nullopt;
  }
  // `record(...).self()`: a member that returns `*this`.
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Object))
    if (const Expr *Returned = onlyReturnValue(Member->getMethodDecl()))
      if (const auto *Deref = dyn_cast<UnaryOperator>(ignorePassing(Returned));
          Deref && Deref->getOpcode() == UO_Deref &&
          isa<CXXThisExpr>(ignorePassing(Deref->getSubExpr())))
        return originOf(Member->getImplicitObjectArgument(), Frame, Depth + 1);
  return std::nullopt;
}

Value GuardEvaluator::member(const FieldDecl *Field, const Origin &Object,
                             unsigned Depth) {
  if (Depth > MaxDepth)
    return Value();
  if (const auto *List = dyn_cast<InitListExpr>(Object.Made)) {
    unsigned Index = Field->getFieldIndex();
    if (Index < List->getNumInits())
      return evaluate(List->getInit(Index), Object.Frame, Depth + 1);
    return Field->hasInClassInitializer()
               ? evaluate(Field->getInClassInitializer(), nullptr, Depth + 1)
               : Value();
  }
  const auto *Construct = cast<CXXConstructExpr>(Object.Made);
  const auto *Constructor = dyn_cast_or_null<CXXConstructorDecl>(
      definitionOf(Construct->getConstructor()));
  if (!Constructor || Constructor->isDelegatingConstructor() ||
      Field->getParent() != Constructor->getParent() ||
      isWritten(Field, Constructor) || isChangedByMembers(Field))
    return Value();
  for (const CXXCtorInitializer *Init : Constructor->inits())
    if (Init->getMember() == Field && Init->isWritten())
      return evaluate(Init->getInit(),
                      makeFrame(Constructor, Construct, Object.Frame),
                      Depth + 1);
  return Field->hasInClassInitializer()
             ? evaluate(Field->getInClassInitializer(), nullptr, Depth + 1)
             : Value();
}

Value GuardEvaluator::construction(const CXXConstructExpr *Construct,
                                   const CallFrame *Frame, unsigned Depth) {
  const CXXConstructorDecl *Constructor = Construct->getConstructor();
  if (Construct->getNumArgs() == 0)
    return Value();
  // A copy keeps the value; a string class takes the text it is made from.
  if (Constructor->isCopyOrMoveConstructor() ||
      (isStringClass(Constructor->getParent()) &&
       (Construct->getNumArgs() == 1 ||
        isa<CXXDefaultArgExpr>(Construct->getArg(1))))) {
    Value Copied = evaluate(Construct->getArg(0), Frame, Depth + 1);
    if (Constructor->isCopyOrMoveConstructor() || isText(Copied))
      return Copied;
  }
  return Value();
}

Value GuardEvaluator::call(const CallExpr *Call, const CallFrame *Frame,
                           unsigned Depth) {
  if (passesFirstArgument(Call))
    return evaluate(Call->getArg(0), Frame, Depth + 1);
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return Value();
  // Members of the string classes on known text.
  const Expr *Object = nullptr;
  llvm::ArrayRef<const Expr *> Args(Call->getArgs(), Call->getNumArgs());
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    Object = Member->getImplicitObjectArgument();
  else if (isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee) &&
           !Args.empty()) {
    Object = Args.front();
    Args = Args.drop_front();
  }
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
      Method && Object && isStringClass(Method->getParent())) {
    Value Text = evaluate(Object, Frame, Depth + 1);
    if (!isText(Text))
      return Value();
    llvm::SmallVector<Value, 2> Values;
    for (const Expr *Arg : Args) {
      if (isa<CXXDefaultArgExpr>(Arg))
        break; // The defaults search the whole string.
      Values.push_back(evaluate(Arg, Frame, Depth + 1));
    }
    if (Method->isOverloadedOperator()) {
      if (Method->getOverloadedOperator() == OO_Subscript &&
          Values.size() == 1 && isInteger(Values[0]) &&
          Values[0].Bits < Text.Text.size())
        return integer(Text.Text[Values[0].Bits], false);
      return Value();
    }
    if (!Method->getIdentifier())
      return Value();
    return stringMember(Method->getName(), Text.Text, Values);
  }
  // `a == "text"` on strings.
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call);
      Operator && Operator->getNumArgs() == 2 &&
      (Operator->getOperator() == OO_EqualEqual ||
       Operator->getOperator() == OO_ExclaimEqual)) {
    Value Left = evaluate(Operator->getArg(0), Frame, Depth + 1);
    Value Right = evaluate(Operator->getArg(1), Frame, Depth + 1);
    if (isText(Left) && isText(Right))
      return boolean((Left.Text == Right.Text) ==
                     (Operator->getOperator() == OO_EqualEqual));
    return Value();
  }
  if (isCLibraryTest(Callee)) {
    llvm::SmallVector<Value, 3> Values;
    for (const Expr *Arg : Args)
      Values.push_back(evaluate(Arg, Frame, Depth + 1));
    return cLibraryTest(Callee, Values);
  }
  // A function that only returns an expression: a getter, a predicate.
  if (const Expr *Returned = onlyReturnValue(Callee))
    return evaluate(Returned, makeFrame(definitionOf(Callee), Call, Frame),
                    Depth + 1);
  return Value();
}

Value GuardEvaluator::binary(const BinaryOperator *Binary,
                             const CallFrame *Frame, unsigned Depth) {
  BinaryOperatorKind Op = Binary->getOpcode();
  Value Left = evaluate(Binary->getLHS(), Frame, Depth + 1);
  if (Op == BO_LAnd || Op == BO_LOr) {
    bool Deciding = Op == BO_LOr; // The left value that decides alone.
    if (isInteger(Left) && (Left.Bits != 0) == Deciding)
      return boolean(Deciding);
    Value Right = evaluate(Binary->getRHS(), Frame, Depth + 1);
    if (isInteger(Right) && (Right.Bits != 0) == Deciding)
      return boolean(Deciding);
    if (isInteger(Left) && isInteger(Right))
      return boolean(!Deciding);
    return Value();
  }
  if (Op == BO_Comma)
    return evaluate(Binary->getRHS(), Frame, Depth + 1);
  Value Right = evaluate(Binary->getRHS(), Frame, Depth + 1);
  if (!isInteger(Left) || !isInteger(Right))
    return Value();
  bool Unsigned = Left.Unsigned || Right.Unsigned;
  uint64_t A = Left.Bits, B = Right.Bits;
  auto Less = [&](uint64_t X, uint64_t Y) {
    return Unsigned ? X < Y : int64_t(X) < int64_t(Y);
  };
  switch (Op) {
  case BO_EQ:
    return boolean(A == B);
  case BO_NE:
    return boolean(A != B);
  case BO_LT:
    return boolean(Less(A, B));
  case BO_GT:
    return boolean(Less(B, A));
  case BO_LE:
    return boolean(!Less(B, A));
  case BO_GE:
    return boolean(!Less(A, B));
  case BO_And:
    return integer(A & B, Unsigned);
  case BO_Or:
    return integer(A | B, Unsigned);
  case BO_Xor:
    return integer(A ^ B, Unsigned);
  case BO_Add:
    return integer(A + B, Unsigned);
  case BO_Sub:
    return integer(A - B, Unsigned);
  case BO_Mul:
    return integer(A * B, Unsigned);
  default:
    return Value();
  }
}

Value GuardEvaluator::evaluate(const Expr *E, const CallFrame *Frame,
                               unsigned Depth) {
  if (!E || Depth > MaxDepth || E->isValueDependent())
    return Value();
  E = E->IgnoreParens();
  QualType Type = E->getType();
  if (const auto *Literal = dyn_cast<IntegerLiteral>(E))
    return Literal->getValue().getActiveBits() <= 64
               ? integer(Literal->getValue().getZExtValue(),
                         isUnsignedType(Type))
               : Value();
  if (const auto *Bool = dyn_cast<CXXBoolLiteralExpr>(E))
    return boolean(Bool->getValue());
  if (const auto *Character = dyn_cast<CharacterLiteral>(E))
    return integer(Character->getValue(), false);
  if (isa<CXXNullPtrLiteralExpr, GNUNullExpr, CXXScalarValueInitExpr>(E))
    return integer(0, false);
  if (const auto *Literal = dyn_cast<StringLiteral>(E))
    return Literal->getCharByteWidth() == 1 ? text(Literal->getString().str())
                                            : Value();
  if (const auto *Constant = dyn_cast<ConstantExpr>(E)) {
    if (Constant->hasAPValueResult() && Constant->getAPValueResult().isInt())
      return fromInt(Constant->getAPValueResult().getInt(), Type);
    return evaluate(Constant->getSubExpr(), Frame, Depth + 1);
  }
  if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
    return evaluate(Cleanups->getSubExpr(), Frame, Depth + 1);
  if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E))
    return evaluate(Temporary->getSubExpr(), Frame, Depth + 1);
  if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
    return evaluate(Bind->getSubExpr(), Frame, Depth + 1);
  if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(E))
    return evaluate(Default->getExpr(), nullptr, Depth + 1);
  if (const auto *Cast = dyn_cast<CastExpr>(E)) {
    Value Inner = evaluate(Cast->getSubExpr(), Frame, Depth + 1);
    switch (Cast->getCastKind()) {
    case CK_IntegralToBoolean:
    case CK_PointerToBoolean:
    case CK_MemberPointerToBoolean:
      if (isText(Inner))
        return boolean(true); // A string literal is not null.
      return isInteger(Inner) ? boolean(Inner.Bits != 0) : Value();
    case CK_IntegralCast:
    case CK_BooleanToSignedIntegral:
      if (!isInteger(Inner))
        return Value();
      Inner.Unsigned = isUnsignedType(Type);
      return Inner;
    case CK_NoOp:
    case CK_LValueToRValue:
    case CK_ArrayToPointerDecay:
    case CK_ConstructorConversion:
    case CK_UserDefinedConversion:
    case CK_NullToPointer:
    case CK_DerivedToBase:
    case CK_UncheckedDerivedToBase:
      return Inner;
    default:
      return Value();
    }
  }
  if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
    Value Inner = evaluate(Unary->getSubExpr(), Frame, Depth + 1);
    if (!isInteger(Inner))
      return Value();
    switch (Unary->getOpcode()) {
    case UO_LNot:
      return boolean(Inner.Bits == 0);
    case UO_Minus:
      return integer(-Inner.Bits, Inner.Unsigned);
    case UO_Not:
      return integer(~Inner.Bits, Inner.Unsigned);
    case UO_Plus:
      return Inner;
    default:
      return Value();
    }
  }
  if (const auto *Binary = dyn_cast<BinaryOperator>(E))
    return binary(Binary, Frame, Depth);
  if (const auto *Conditional = dyn_cast<ConditionalOperator>(E)) {
    Value Cond = evaluate(Conditional->getCond(), Frame, Depth + 1);
    if (!isInteger(Cond))
      return Value();
    return evaluate(Cond.Bits ? Conditional->getTrueExpr()
                              : Conditional->getFalseExpr(),
                    Frame, Depth + 1);
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const ValueDecl *D = Ref->getDecl();
    if (const auto *Enumerator = dyn_cast<EnumConstantDecl>(D))
      return fromInt(Enumerator->getInitVal(), Type);
    if (const auto *Param = dyn_cast<ParmVarDecl>(D))
      return parameter(Param, Frame, Depth);
    if (const auto *Var = dyn_cast<VarDecl>(D))
      return variable(Var, Ref, Frame, Depth);
    return Value();
  }
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    if (const auto *Static = dyn_cast<VarDecl>(Member->getMemberDecl()))
      return variable(Static, Member, Frame, Depth);
    const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
    if (!Field)
      return Value();
    if (std::optional<Origin> Object =
            originOf(Member->getBase(), Frame, Depth + 1))
      return member(Field, *Object, Depth + 1);
    return Value();
  }
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return call(Call, Frame, Depth);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return construction(Construct, Frame, Depth);
  // Whatever else the compiler can fold: `sizeof`, a constexpr call.
  Expr::EvalResult Result;
  if (Type->isIntegralOrEnumerationType() && E->EvaluateAsInt(Result, AST))
    return fromInt(Result.Val.getInt(), Type);
  return Value();
}

} // namespace corolint
