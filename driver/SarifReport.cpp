//===--- SarifReport.cpp - Findings as SARIF 2.1.0 ------------------------===//
//
// What GitHub code scanning reads: rules with help text (it shows help, not
// helpUri), regions with their end, partialFingerprints that survive line
// moves, related locations for notes and fixes for fix-its.
//
//===----------------------------------------------------------------------===//

#include "CheckCatalog.h"
#include "ReportLocations.h"
#include "Reports.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

using namespace clang::tidy;
using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

namespace corolint {

namespace {

/// A path as a URI reference: `/` separators, the few characters URIs
/// reserve escaped.
std::string uriPath(llvm::StringRef Path) {
  std::string Result;
  for (char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("/-._~").contains(C))
      Result += C;
    else
      Result += "%" + llvm::utohexstr(static_cast<unsigned char>(C), false, 2);
  }
  return Result;
}

/// The rule's help, as text and as Markdown: what it finds, why it matters,
/// and where its page is.
Object ruleHelp(const CheckDescription &Check) {
  std::string Page = helpUri(Check);
  std::string Text = Check.Full.str();
  std::string Markdown = ("**" + Check.Short + "**\n\n" + Check.Full).str();
  if (!Page.empty()) {
    Text += "\nDocumentation: " + Page;
    Markdown += "\n\n[" + Check.Id.str() + " documentation](" + Page + ")";
  }
  return Object{{"text", std::move(Text)}, {"markdown", std::move(Markdown)}};
}

class SarifWriter {
public:
  SarifWriter(const ReportSettings &Settings)
      : Settings(Settings), Locations(Settings.SourceRoot) {}

  Value write(llvm::ArrayRef<ClangTidyError> Errors) {
    // The rules the results use, in name order.
    std::vector<llvm::StringRef> Ids;
    for (const ClangTidyError &Error : Errors)
      Ids.push_back(Error.DiagnosticName);
    llvm::sort(Ids);
    Ids.erase(std::unique(Ids.begin(), Ids.end()), Ids.end());
    for (llvm::StringRef Id : Ids)
      ruleIndex(Id);
    Array Results;
    for (const ClangTidyError &Error : Errors)
      Results.push_back(result(Error));
    Object Driver{{"name", "corolint"},
                  {"version", Settings.ToolVersion},
                  {"semanticVersion", Settings.ToolVersion},
                  {"informationUri", COROLINT_HOME_URL},
                  {"rules", std::move(Rules)}};
    Object Run{{"tool", Object{{"driver", std::move(Driver)}}},
               {"columnKind", "unicodeCodePoints"},
               {"results", std::move(Results)}};
    if (!Settings.SourceRoot.empty()) {
      std::string Root = uriPath(Settings.SourceRoot);
      if (!llvm::StringRef(Root).ends_with("/"))
        Root += "/";
      Run["originalUriBaseIds"] =
          Object{{"SRCROOT", Object{{"uri", "file://" + Root}}}};
    }
    return Object{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                  {"version", "2.1.0"},
                  {"runs", Array{std::move(Run)}}};
  }

private:
  unsigned ruleIndex(llvm::StringRef Id) {
    auto [It, Inserted] = RuleIndices.try_emplace(Id, Rules.size());
    if (Inserted) {
      CheckDescription Check = describeCheck(Id);
      // json::Value borrows a StringRef: every text is copied, so that the
      // report owns what it prints.
      Object Rule{{"id", Id.str()},
                  {"name", Check.Name.str()},
                  {"shortDescription", Object{{"text", Check.Short.str()}}},
                  {"fullDescription", Object{{"text", Check.Full.str()}}},
                  {"help", ruleHelp(Check)},
                  {"defaultConfiguration", Object{{"level", "warning"}}}};
      if (std::string Help = helpUri(Check); !Help.empty())
        Rule["helpUri"] = Help;
      Rules.push_back(std::move(Rule));
    }
    return It->second;
  }

  Object artifact(llvm::StringRef Absolute) {
    if (std::optional<std::string> Relative = Locations.underRoot(Absolute))
      return Object{{"uri", uriPath(*Relative)}, {"uriBaseId", "SRCROOT"}};
    return Object{{"uri", "file://" + uriPath(Absolute)}};
  }

  static Object region(Position Start, Position End) {
    return Object{{"startLine", Start.Line},
                  {"startColumn", Start.Column},
                  {"endLine", End.Line},
                  {"endColumn", End.Column}};
  }

  std::optional<Object>
  location(const clang::tooling::DiagnosticMessage &Message,
           llvm::StringRef BuildDirectory) {
    std::optional<Place> Where = Locations.place(Message, BuildDirectory);
    if (!Where)
      return std::nullopt;
    return Object{{"physicalLocation",
                   Object{{"artifactLocation", artifact(Where->Absolute)},
                          {"region", region(Where->Start, Where->End)}}}};
  }

  Value result(const ClangTidyError &Error) {
    Object Result{{"ruleId", Error.DiagnosticName},
                  {"ruleIndex", ruleIndex(Error.DiagnosticName)},
                  {"level", levelName(Error.DiagLevel)},
                  {"message", Object{{"text", Error.Message.Message}}}};
    if (auto Where = location(Error.Message, Error.BuildDirectory))
      Result["locations"] = Array{std::move(*Where)};
    Result["partialFingerprints"] =
        Object{{"corolintFindingKey/v1", Locations.fingerprintOf(Error)}};
    Array Related;
    for (const auto &Note : Error.Notes) {
      Object Item{{"id", static_cast<int64_t>(Related.size())},
                  {"message", Object{{"text", Note.Message}}}};
      if (auto Where = location(Note, Error.BuildDirectory))
        Item["physicalLocation"] = std::move((*Where)["physicalLocation"]);
      Related.push_back(std::move(Item));
    }
    if (!Related.empty())
      Result["relatedLocations"] = std::move(Related);
    Array Changes;
    for (const auto &[File, Replacements] : Error.Message.Fix) {
      std::string Absolute = Locations.absolute(File, Error.BuildDirectory);
      Array Edits;
      for (const clang::tooling::Replacement &Edit : Replacements)
        Edits.push_back(
            Object{{"deletedRegion",
                    region(Locations.position(Absolute, Edit.getOffset()),
                           Locations.position(Absolute, Edit.getOffset() +
                                                            Edit.getLength()))},
                   {"insertedContent",
                    Object{{"text", Edit.getReplacementText().str()}}}});
      Changes.push_back(Object{{"artifactLocation", artifact(Absolute)},
                               {"replacements", std::move(Edits)}});
    }
    if (!Changes.empty())
      Result["fixes"] =
          Array{Object{{"description", Object{{"text", "Apply the fix-it."}}},
                       {"artifactChanges", std::move(Changes)}}};
    return Result;
  }

  const ReportSettings &Settings;
  ReportLocations Locations;
  Array Rules;
  llvm::StringMap<unsigned> RuleIndices;
};

} // namespace

void writeSarif(llvm::ArrayRef<ClangTidyError> Errors,
                const ReportSettings &Settings, llvm::raw_ostream &OS) {
  OS << llvm::formatv("{0:2}", SarifWriter(Settings).write(Errors)) << "\n";
}

} // namespace corolint
