//===--- SarifMerge.cpp - One SARIF report from the shards' ---------------===//

#include "SarifMerge.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include <map>

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

namespace corolint {

namespace {

llvm::Error notSarif(llvm::StringRef Path, const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "'" + Path +
                                     "' is not a SARIF 2.1.0 report: " + Why);
}

/// The runs of one tool, being merged into one.
class MergedRun {
public:
  /// Starts from the first run of the tool: its tool, its base URIs and its
  /// other properties are the merged run's.
  explicit MergedRun(Object First) : Run(std::move(First)) {
    Array *Rules = driverRules(Run);
    if (Rules)
      for (size_t Index = 0; Index < Rules->size(); ++Index)
        if (auto Id = ruleId((*Rules)[Index]))
          RuleIndices.try_emplace(*Id, Index);
    Array *Results = Run.getArray("results");
    if (!Results)
      Run["results"] = Array();
    else
      for (const Value &Result : *Results)
        Seen.insert(identity(Result));
  }

  void add(Object &Other) {
    Array *OtherRules = driverRules(Other);
    Array *Results = Other.getArray("results");
    if (!Results)
      return;
    for (Value &Result : *Results) {
      Object *Fields = Result.getAsObject();
      if (!Fields)
        continue;
      // Renumber the rule: its index in this run's rules, added if new.
      if (std::optional<int64_t> Index = Fields->getInteger("ruleIndex")) {
        if (OtherRules && *Index >= 0 && size_t(*Index) < OtherRules->size())
          (*Fields)["ruleIndex"] = int64_t(addRule((*OtherRules)[*Index]));
        else
          Fields->erase("ruleIndex");
      }
      if (Seen.insert(identity(Result)).second)
        Run.getArray("results")->push_back(std::move(Result));
    }
  }

  Object take() { return std::move(Run); }

private:
  static Array *driverRules(Object &Run) {
    Object *Tool = Run.getObject("tool");
    Object *Driver = Tool ? Tool->getObject("driver") : nullptr;
    if (!Driver)
      return nullptr;
    if (!Driver->getArray("rules"))
      (*Driver)["rules"] = Array();
    return Driver->getArray("rules");
  }

  static std::optional<std::string> ruleId(const Value &Rule) {
    if (const Object *Fields = Rule.getAsObject())
      if (auto Id = Fields->getString("id"))
        return Id->str();
    return std::nullopt;
  }

  size_t addRule(const Value &Rule) {
    std::string Id = ruleId(Rule).value_or("");
    Array *Rules = driverRules(Run);
    auto [It, Inserted] = RuleIndices.try_emplace(Id, Rules->size());
    if (Inserted)
      Rules->push_back(Rule);
    return It->second;
  }

  /// What makes two results the same finding: everything but the rule's
  /// index, which differs between the shards' reports.
  static std::string identity(const Value &Result) {
    Value Copy = Result;
    if (Object *Fields = Copy.getAsObject())
      Fields->erase("ruleIndex");
    return llvm::formatv("{0}", Copy).str();
  }

  Object Run;
  llvm::StringMap<size_t> RuleIndices;
  llvm::StringSet<> Seen;
};

std::string toolName(const Object &Run) {
  if (const Object *Tool = Run.getObject("tool"))
    if (const Object *Driver = Tool->getObject("driver"))
      if (auto Name = Driver->getString("name"))
        return Name->str();
  return "";
}

} // namespace

llvm::Expected<std::string> mergeSarifFiles(llvm::ArrayRef<std::string> Paths) {
  std::vector<std::string> ToolOrder;
  std::map<std::string, MergedRun> Runs;
  std::optional<Value> Schema;
  for (const std::string &Path : Paths) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path);
    if (!Buffer)
      return llvm::createStringError(Buffer.getError(), "cannot read '%s': %s",
                                     Path.c_str(),
                                     Buffer.getError().message().c_str());
    auto Parsed = llvm::json::parse((*Buffer)->getBuffer());
    if (!Parsed)
      return notSarif(Path, llvm::toString(Parsed.takeError()));
    Object *Log = Parsed->getAsObject();
    if (!Log || Log->getString("version") != "2.1.0")
      return notSarif(Path, "it has no \"version\": \"2.1.0\"");
    Array *LogRuns = Log->getArray("runs");
    if (!LogRuns)
      return notSarif(Path, "it has no \"runs\"");
    if (!Schema)
      if (const Value *Given = Log->get("$schema"))
        Schema = *Given;
    for (Value &RunValue : *LogRuns) {
      Object *Run = RunValue.getAsObject();
      if (!Run)
        return notSarif(Path, "a run is not an object");
      std::string Tool = toolName(*Run);
      auto It = Runs.find(Tool);
      if (It == Runs.end()) {
        ToolOrder.push_back(Tool);
        Runs.emplace(Tool, MergedRun(std::move(*Run)));
      } else {
        It->second.add(*Run);
      }
    }
  }
  Array MergedRuns;
  for (const std::string &Tool : ToolOrder)
    MergedRuns.push_back(Runs.at(Tool).take());
  Object Log{{"version", "2.1.0"}, {"runs", std::move(MergedRuns)}};
  Log["$schema"] =
      Schema.value_or(Value("https://json.schemastore.org/sarif-2.1.0.json"));
  return llvm::formatv("{0:2}\n", Value(std::move(Log))).str();
}

} // namespace corolint
