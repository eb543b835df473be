//===--- CrossFileSummaries.cpp - Effect summaries between files ----------===//

#include "analysis/CrossFileSummaries.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/xxhash.h"
#include <algorithm>
#include <limits>
#include <queue>
#include <tuple>

namespace corolint::crossfile {

namespace json = llvm::json;

namespace {

/// Chains longer than this are not linked: LoopEffectCheck's bound on its
/// MaxHelperDepth option.
constexpr unsigned MaxLinkedHops = 32;

/// What the files this module writes say they are.
constexpr llvm::StringLiteral UnitFormat = "corolint-unit-facts";
constexpr llvm::StringLiteral LinkedFormat = "corolint-summaries";
constexpr int64_t FormatVersion = SummaryFormatVersion;
constexpr llvm::StringLiteral CandidatePrefix =
    "corolint cross-file candidate: ";

std::string hex(uint64_t Value) { return llvm::utohexstr(Value); }

json::Value toJson(const Place &At) {
  return json::Object{{"file", At.File}, {"offset", At.Offset}};
}

json::Value toJson(const std::vector<Hop> &Hops) {
  json::Array Array;
  for (const Hop &Step : Hops)
    Array.push_back(
        json::Object{{"function", Step.Function}, {"call", toJson(Step.Call)}});
  return Array;
}

json::Value toJson(const Chain &Path) {
  const EffectEnd &End = Path.End;
  json::Array Guards;
  for (const Guard &Condition : Path.Guards)
    Guards.push_back(
        json::Object{{"note", Condition.Note}, {"at", toJson(Condition.At)}});
  return json::Object{{"hops", toJson(Path.Hops)},
                      {"end", json::Object{{"tail", End.Tail},
                                           {"note", End.Note},
                                           {"at", toJson(End.At)},
                                           {"advice", End.AdviceLead},
                                           {"offload", End.AdviceOffload}}},
                      {"guards", std::move(Guards)}};
}

json::Value toJson(const std::vector<ExternalCall> &Calls) {
  json::Array Array;
  for (const ExternalCall &Call : Calls)
    Array.push_back(
        json::Object{{"prefix", toJson(Call.Prefix)}, {"callee", Call.Callee}});
  return Array;
}

json::Value toJson(const std::map<std::string, uint64_t> &Hashes) {
  json::Object Object;
  for (const auto &[File, Hash] : Hashes)
    Object[File] = hex(Hash);
  return Object;
}

/// Reads what toJson wrote; every mismatch is an error naming the field.
class Reader {
public:
  llvm::Error error(const llvm::Twine &What) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "bad summary: " + What);
  }

  llvm::Expected<std::string> string(const json::Object &Object,
                                     llvm::StringRef Key) {
    if (std::optional<llvm::StringRef> Value = Object.getString(Key))
      return Value->str();
    return error("'" + Key + "' is not a string");
  }

  llvm::Expected<Place> place(const json::Value *Value) {
    const json::Object *Object = Value ? Value->getAsObject() : nullptr;
    std::optional<int64_t> Offset =
        Object ? Object->getInteger("offset") : std::nullopt;
    if (!Offset || *Offset < 0 ||
        *Offset > std::numeric_limits<unsigned>::max())
      return error("a place has no offset");
    auto File = string(*Object, "file");
    if (!File)
      return File.takeError();
    return Place{std::move(*File), static_cast<unsigned>(*Offset)};
  }

  /// A list of objects of a text and a place: a chain's hops, its guards.
  template <typename Item>
  llvm::Expected<std::vector<Item>>
  textsAtPlaces(const json::Value *Value, llvm::StringRef What,
                llvm::StringRef TextKey, llvm::StringRef PlaceKey) {
    const json::Array *Array = Value ? Value->getAsArray() : nullptr;
    if (!Array)
      return error(What + "s are not a list");
    std::vector<Item> Items;
    for (const json::Value &Entry : *Array) {
      const json::Object *Object = Entry.getAsObject();
      if (!Object)
        return error("a " + What + " is not an object");
      auto Text = string(*Object, TextKey);
      if (!Text)
        return Text.takeError();
      auto At = place(Object->get(PlaceKey));
      if (!At)
        return At.takeError();
      Items.push_back({std::move(*Text), std::move(*At)});
    }
    return Items;
  }

  llvm::Expected<Chain> chain(const json::Value *Value) {
    const json::Object *Object = Value ? Value->getAsObject() : nullptr;
    const json::Object *End = Object ? Object->getObject("end") : nullptr;
    if (!End)
      return error("a chain has no end");
    Chain Path;
    auto Hops =
        textsAtPlaces<Hop>(Object->get("hops"), "hop", "function", "call");
    if (!Hops)
      return Hops.takeError();
    if (Hops->empty())
      return error("a chain has no hops");
    Path.Hops = std::move(*Hops);
    for (auto [Key, Field] :
         {std::pair{"tail", &Path.End.Tail}, std::pair{"note", &Path.End.Note},
          std::pair{"advice", &Path.End.AdviceLead}}) {
      auto Text = string(*End, Key);
      if (!Text)
        return Text.takeError();
      *Field = std::move(*Text);
    }
    auto At = place(End->get("at"));
    if (!At)
      return At.takeError();
    Path.End.At = std::move(*At);
    Path.End.AdviceOffload = End->getBoolean("offload").value_or(false);
    auto Guards =
        textsAtPlaces<Guard>(Object->get("guards"), "guard", "note", "at");
    if (!Guards)
      return Guards.takeError();
    Path.Guards = std::move(*Guards);
    return Path;
  }

  llvm::Expected<std::vector<ExternalCall>> calls(const json::Value *Value) {
    const json::Array *Array = Value ? Value->getAsArray() : nullptr;
    if (!Array)
      return error("calls are not a list");
    std::vector<ExternalCall> Calls;
    for (const json::Value &Item : *Array) {
      const json::Object *Object = Item.getAsObject();
      if (!Object)
        return error("a call is not an object");
      ExternalCall Call;
      auto Prefix =
          textsAtPlaces<Hop>(Object->get("prefix"), "hop", "function", "call");
      if (!Prefix)
        return Prefix.takeError();
      auto Callee = string(*Object, "callee");
      if (!Callee)
        return Callee.takeError();
      Call.Prefix = std::move(*Prefix);
      Call.Callee = std::move(*Callee);
      Calls.push_back(std::move(Call));
    }
    return Calls;
  }

  llvm::Expected<std::map<std::string, uint64_t>>
  hashes(const json::Object *Object) {
    if (!Object)
      return error("'files' is not an object");
    std::map<std::string, uint64_t> Hashes;
    for (const auto &[File, Value] : *Object) {
      std::optional<llvm::StringRef> Text = Value.getAsString();
      uint64_t Hash = 0;
      if (!Text || Text->getAsInteger(16, Hash))
        return error("the hash of '" + File.str() + "' is not hexadecimal");
      Hashes[File.str()] = Hash;
    }
    return Hashes;
  }

  /// The top-level object of \p Text, if it says it is \p Format.
  llvm::Expected<json::Value> document(llvm::StringRef Text,
                                       llvm::StringRef Format) {
    llvm::Expected<json::Value> Parsed = json::parse(Text);
    if (!Parsed)
      return Parsed.takeError();
    const json::Object *Object = Parsed->getAsObject();
    if (!Object || Object->getString("format") != Format ||
        Object->getInteger("version") != FormatVersion)
      return error("not a " + Format + " file of version " +
                   llvm::Twine(FormatVersion));
    return Parsed;
  }
};

} // namespace

/// \p Tail reached through \p Prefix: the calls to other files a chain
/// passes are made on every path, so only Tail has guards.
static Chain extend(llvm::ArrayRef<Hop> Prefix, const Chain &Tail) {
  Chain Path{Prefix.vec(), Tail.End, Tail.Guards};
  llvm::append_range(Path.Hops, Tail.Hops);
  return Path;
}

FunctionFacts &UnitFacts::function(llvm::StringRef Usr) {
  for (FunctionFacts &Known : Functions)
    if (Known.Usr == Usr)
      return Known;
  Functions.emplace_back();
  Functions.back().Usr = Usr.str();
  return Functions.back();
}

const Chain *LinkedSummaries::find(llvm::StringRef Check,
                                   llvm::StringRef Usr) const {
  auto PerCheck = Chains.find(Check.str());
  if (PerCheck == Chains.end())
    return nullptr;
  auto Found = PerCheck->second.find(Usr.str());
  return Found == PerCheck->second.end() ? nullptr : &Found->second;
}

std::optional<Chain>
LinkedSummaries::resolve(llvm::StringRef Check,
                         llvm::ArrayRef<ExternalCall> Through, unsigned MaxHops,
                         llvm::function_ref<bool(const Chain &)> Usable) const {
  const ExternalCall *BestCall = nullptr;
  const Chain *BestTail = nullptr;
  auto Cost = [](const ExternalCall &Call, const Chain &Tail) {
    return std::make_pair(Call.Prefix.size() + Tail.Hops.size(),
                          Tail.Guards.size());
  };
  for (const ExternalCall &Call : Through) {
    const Chain *Tail = find(Check, Call.Callee);
    if (!Tail || Call.Prefix.size() + Tail->Hops.size() > MaxHops ||
        (Usable && !Usable(*Tail)))
      continue;
    if (!BestTail || Cost(Call, *Tail) < Cost(*BestCall, *BestTail)) {
      BestCall = &Call;
      BestTail = Tail;
    }
  }
  if (!BestTail)
    return std::nullopt;
  return extend(BestCall->Prefix, *BestTail);
}

uint64_t contentHash(llvm::StringRef Content) {
  return llvm::xxh3_64bits(Content);
}

LinkedSummaries link(llvm::ArrayRef<UnitFacts> Units) {
  LinkedSummaries Linked;
  // One definition per USR; a second with another body makes it unusable.
  std::map<std::string, const FunctionFacts *> Definitions;
  std::map<std::string, bool> Breached;
  for (const UnitFacts &Unit : Units) {
    for (const auto &[File, Hash] : Unit.FileHashes)
      Linked.FileHashes[File] = Hash;
    for (const FunctionFacts &Function : Unit.Functions) {
      auto [Known, Inserted] = Definitions.try_emplace(Function.Usr, &Function);
      if (Inserted || Known->second->BodyHash == Function.BodyHash ||
          Breached[Function.Usr])
        continue;
      Breached[Function.Usr] = true;
      Linked.Breaches.push_back({Function.Name,
                                 std::min(Known->second->File, Function.File),
                                 std::max(Known->second->File, Function.File)});
    }
  }
  llvm::sort(Linked.Breaches, [](const OdrBreach &A, const OdrBreach &B) {
    return std::tie(A.Name, A.FirstFile) < std::tie(B.Name, B.FirstFile);
  });
  std::map<std::string, bool> CheckNames;
  for (const auto &[Usr, Function] : Definitions)
    for (const auto &[Check, Facts] : Function->Checks)
      CheckNames[Check] = true;

  for (const auto &[Check, Unused] : CheckNames) {
    // Shortest chains to an effect: Dijkstra from the functions with an
    // effect of their own, backwards along the calls between files. Every
    // call adds at least one hop, so a cycle never shortens a chain. Of
    // chains of one length, the one with fewest guards: a chain's cost is
    // its hops, then its guards, and a call between files adds no guard.
    struct Edge {
      std::string Caller;
      const ExternalCall *Call;
    };
    using Cost = std::pair<unsigned, unsigned>;
    std::map<std::string, std::vector<Edge>> Callers;
    std::map<std::string, Cost> Distance;
    std::map<std::string, const ExternalCall *> Via;
    using Entry = std::pair<Cost, std::string>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> Queue;
    for (const auto &[Usr, Function] : Definitions) {
      auto Facts = Function->Checks.find(Check);
      if (Breached[Usr] || Facts == Function->Checks.end())
        continue;
      for (const ExternalCall &Call : Facts->second.Calls)
        if (!Call.Prefix.empty())
          Callers[Call.Callee].push_back({Usr, &Call});
      if (const std::optional<Chain> &Own = Facts->second.Own;
          Own && !Own->Hops.empty()) {
        Distance[Usr] = {Own->Hops.size(), Own->Guards.size()};
        Via[Usr] = nullptr;
        Queue.push({Distance[Usr], Usr});
      }
    }
    while (!Queue.empty()) {
      auto [Best, Usr] = Queue.top();
      Queue.pop();
      if (Best != Distance[Usr])
        continue; // A shorter chain was found after this was queued.
      for (const Edge &Caller : Callers[Usr]) {
        Cost Longer{Best.first + Caller.Call->Prefix.size(), Best.second};
        auto Known = Distance.find(Caller.Caller);
        if (Longer.first > MaxLinkedHops ||
            (Known != Distance.end() && Known->second <= Longer))
          continue;
        Distance[Caller.Caller] = Longer;
        Via[Caller.Caller] = Caller.Call;
        Queue.push({Longer, Caller.Caller});
      }
    }
    // Chains in order of length: each extends a shorter one already made.
    std::vector<Entry> ByLength;
    for (const auto &[Usr, Best] : Distance)
      ByLength.push_back({Best, Usr});
    llvm::sort(ByLength);
    std::map<std::string, Chain> &Chains = Linked.Chains[Check];
    for (const auto &[Best, Usr] : ByLength) {
      const ExternalCall *Call = Via[Usr];
      if (!Call) {
        Chains[Usr] = *Definitions[Usr]->Checks.find(Check)->second.Own;
        continue;
      }
      Chains[Usr] = extend(Call->Prefix, Chains[Call->Callee]);
    }
  }
  return Linked;
}

std::string hopNote(llvm::StringRef From, llvm::StringRef To) {
  return (From + " calls " + To).str();
}

std::string guardNote(llvm::StringRef Function, llvm::StringRef Condition) {
  return (Function + " does this only when " + Condition).str();
}

std::string adviceNote(const EffectEnd &End, llvm::StringRef Offload) {
  return End.AdviceLead + (End.AdviceOffload ? Offload.str() : "");
}

std::string serialize(const UnitFacts &Facts) {
  json::Array Functions;
  for (const FunctionFacts &Function : Facts.Functions) {
    json::Object Checks;
    for (const auto &[Check, Found] : Function.Checks) {
      json::Object Entry{{"calls", toJson(Found.Calls)}};
      if (Found.Own)
        Entry["own"] = toJson(*Found.Own);
      Checks[Check] = std::move(Entry);
    }
    Functions.push_back(json::Object{{"usr", Function.Usr},
                                     {"name", Function.Name},
                                     {"file", Function.File},
                                     {"body", hex(Function.BodyHash)},
                                     {"checks", std::move(Checks)}});
  }
  return llvm::formatv("{0}", json::Value(json::Object{
                                  {"format", UnitFormat},
                                  {"version", FormatVersion},
                                  {"files", toJson(Facts.FileHashes)},
                                  {"functions", std::move(Functions)}}))
      .str();
}

llvm::Expected<UnitFacts> parseUnitFacts(llvm::StringRef Text) {
  Reader Read;
  auto Document = Read.document(Text, UnitFormat);
  if (!Document)
    return Document.takeError();
  const json::Object &Top = *Document->getAsObject();
  UnitFacts Facts;
  auto Hashes = Read.hashes(Top.getObject("files"));
  if (!Hashes)
    return Hashes.takeError();
  Facts.FileHashes = std::move(*Hashes);
  const json::Array *Functions = Top.getArray("functions");
  if (!Functions)
    return Read.error("'functions' is not a list");
  for (const json::Value &Item : *Functions) {
    const json::Object *Object = Item.getAsObject();
    const json::Object *Checks = Object ? Object->getObject("checks") : nullptr;
    if (!Checks)
      return Read.error("a function has no checks");
    FunctionFacts Function;
    for (auto [Key, Field] :
         {std::pair{"usr", &Function.Usr}, std::pair{"name", &Function.Name},
          std::pair{"file", &Function.File}}) {
      auto Value = Read.string(*Object, Key);
      if (!Value)
        return Value.takeError();
      *Field = std::move(*Value);
    }
    auto Body = Read.string(*Object, "body");
    if (!Body)
      return Body.takeError();
    if (llvm::StringRef(*Body).getAsInteger(16, Function.BodyHash))
      return Read.error("a body hash is not hexadecimal");
    for (const auto &[Check, Value] : *Checks) {
      const json::Object *Entry = Value.getAsObject();
      if (!Entry)
        return Read.error("the facts of '" + Check.str() + "' are no object");
      CheckFacts Found;
      auto Calls = Read.calls(Entry->get("calls"));
      if (!Calls)
        return Calls.takeError();
      Found.Calls = std::move(*Calls);
      if (const json::Value *Own = Entry->get("own")) {
        auto Path = Read.chain(Own);
        if (!Path)
          return Path.takeError();
        Found.Own = std::move(*Path);
      }
      Function.Checks[Check.str()] = std::move(Found);
    }
    Facts.Functions.push_back(std::move(Function));
  }
  return Facts;
}

std::string serialize(const LinkedSummaries &Linked) {
  json::Object Checks;
  for (const auto &[Check, Chains] : Linked.Chains) {
    json::Object PerFunction;
    for (const auto &[Usr, Path] : Chains)
      PerFunction[Usr] = toJson(Path);
    Checks[Check] = std::move(PerFunction);
  }
  return llvm::formatv("{0:2}", json::Value(json::Object{
                                    {"format", LinkedFormat},
                                    {"version", FormatVersion},
                                    {"files", toJson(Linked.FileHashes)},
                                    {"checks", std::move(Checks)}}))
      .str();
}

llvm::Expected<LinkedSummaries> parseLinkedSummaries(llvm::StringRef Text) {
  Reader Read;
  auto Document = Read.document(Text, LinkedFormat);
  if (!Document)
    return Document.takeError();
  const json::Object &Top = *Document->getAsObject();
  LinkedSummaries Linked;
  auto Hashes = Read.hashes(Top.getObject("files"));
  if (!Hashes)
    return Hashes.takeError();
  Linked.FileHashes = std::move(*Hashes);
  const json::Object *Checks = Top.getObject("checks");
  if (!Checks)
    return Read.error("'checks' is not an object");
  for (const auto &[Check, Value] : *Checks) {
    const json::Object *PerFunction = Value.getAsObject();
    if (!PerFunction)
      return Read.error("the chains of '" + Check.str() + "' are no object");
    for (const auto &[Usr, Path] : *PerFunction) {
      auto Read_ = Read.chain(&Path);
      if (!Read_)
        return Read_.takeError();
      Linked.Chains[Check.str()][Usr.str()] = std::move(*Read_);
    }
  }
  return Linked;
}

std::string candidateMessage(const Candidate &Call) {
  return (CandidatePrefix +
          llvm::formatv("{0}", json::Value(json::Object{
                                   {"check", Call.Check},
                                   {"head", Call.Head},
                                   {"offload", Call.Offload},
                                   {"max_hops", Call.MaxHops},
                                   {"hidden", static_cast<int>(Call.HiddenBy)},
                                   {"through", toJson(Call.Through)}})))
      .str();
}

bool isCandidateMessage(llvm::StringRef Message) {
  return Message.starts_with(CandidatePrefix);
}

std::optional<Candidate> parseCandidateMessage(llvm::StringRef Message) {
  if (!Message.consume_front(CandidatePrefix))
    return std::nullopt;
  llvm::Expected<json::Value> Parsed = json::parse(Message);
  if (!Parsed) {
    llvm::consumeError(Parsed.takeError());
    return std::nullopt;
  }
  const json::Object *Object = Parsed->getAsObject();
  if (!Object)
    return std::nullopt;
  Reader Read;
  Candidate Call;
  auto Check = Read.string(*Object, "check");
  auto Head = Read.string(*Object, "head");
  auto Offload = Read.string(*Object, "offload");
  auto Through = Read.calls(Object->get("through"));
  std::optional<int64_t> MaxHops = Object->getInteger("max_hops");
  if (!Check || !Head || !Offload || !Through || !MaxHops) {
    llvm::consumeError(Check.takeError());
    llvm::consumeError(Head.takeError());
    llvm::consumeError(Offload.takeError());
    llvm::consumeError(Through.takeError());
    return std::nullopt;
  }
  Call.Check = std::move(*Check);
  Call.Head = std::move(*Head);
  Call.Offload = std::move(*Offload);
  Call.Through = std::move(*Through);
  Call.MaxHops = static_cast<unsigned>(*MaxHops);
  int64_t Hidden = Object->getInteger("hidden").value_or(0);
  if (Hidden < 0 ||
      Hidden > static_cast<int>(Candidate::Hidden::ByHeaderFilter))
    return std::nullopt;
  Call.HiddenBy = static_cast<Candidate::Hidden>(Hidden);
  return Call;
}

static UnitFacts *ExportTarget = nullptr;

UnitFacts *exportTarget() { return ExportTarget; }
void setExportTarget(UnitFacts *Target) { ExportTarget = Target; }

} // namespace corolint::crossfile
