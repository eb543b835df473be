//===--- Reports.cpp - Findings as SARIF or JSON --------------------------===//

#include "Reports.h"
#include "CheckCatalog.h"
#include "DiagnosticPaths.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

using namespace clang::tidy;
using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

namespace corolint {

namespace {

struct Position {
  unsigned Line = 1;
  unsigned Column = 1; ///< In Unicode code points, from 1.
};

/// Where files are, and where their byte offsets fall.
class SourceFiles {
public:
  explicit SourceFiles(const ReportSettings &Settings) : Settings(Settings) {}

  /// The absolute, normalised path of a diagnostic's file.
  std::string absolute(llvm::StringRef Path, llvm::StringRef BuildDirectory) {
    return absoluteDiagnosticPath(Path, BuildDirectory);
  }

  /// \p Absolute relative to the source root, if it is under it.
  std::optional<std::string> underRoot(llvm::StringRef Absolute) {
    return relativeToRoot(Absolute, Settings.SourceRoot);
  }

  Position position(llvm::StringRef Absolute, unsigned Offset) {
    llvm::StringRef Text = Texts.text(Absolute);
    Position Result;
    if (Text.empty())
      return Result;
    Offset = std::min<size_t>(Offset, Text.size());
    llvm::StringRef Before = Text.take_front(Offset);
    Result.Line = 1 + Before.count('\n');
    llvm::StringRef LineStart = Before.substr(Before.rfind('\n') + 1);
    // Count code points, not bytes: SARIF columns are characters.
    Result.Column = 1;
    for (char C : LineStart)
      if ((static_cast<unsigned char>(C) & 0xC0) != 0x80)
        ++Result.Column;
    return Result;
  }

private:
  const ReportSettings &Settings;
  SourceTexts Texts;
};

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

const char *sarifLevel(clang::tooling::Diagnostic::Level Level) {
  switch (Level) {
  case clang::tooling::Diagnostic::Error:
    return "error";
  case clang::tooling::Diagnostic::Warning:
    return "warning";
  default:
    return "note";
  }
}

class SarifWriter {
public:
  SarifWriter(const ReportSettings &Settings)
      : Settings(Settings), Files(Settings) {}

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
                  {"defaultConfiguration", Object{{"level", "warning"}}}};
      if (std::string Help = helpUri(Check); !Help.empty())
        Rule["helpUri"] = Help;
      Rules.push_back(std::move(Rule));
    }
    return It->second;
  }

  Object artifact(llvm::StringRef Absolute) {
    if (std::optional<std::string> Relative = Files.underRoot(Absolute))
      return Object{{"uri", uriPath(*Relative)}, {"uriBaseId", "SRCROOT"}};
    return Object{{"uri", "file://" + uriPath(Absolute)}};
  }

  Object region(llvm::StringRef Absolute, unsigned Offset,
                std::optional<unsigned> Length = std::nullopt) {
    Position Start = Files.position(Absolute, Offset);
    Object Region{{"startLine", Start.Line}, {"startColumn", Start.Column}};
    if (Length) {
      Position End = Files.position(Absolute, Offset + *Length);
      Region["endLine"] = End.Line;
      Region["endColumn"] = End.Column;
    }
    return Region;
  }

  std::optional<Object>
  location(const clang::tooling::DiagnosticMessage &Message,
           llvm::StringRef BuildDirectory) {
    if (Message.FilePath.empty())
      return std::nullopt;
    std::string Absolute = Files.absolute(Message.FilePath, BuildDirectory);
    return Object{{"physicalLocation",
                   Object{{"artifactLocation", artifact(Absolute)},
                          {"region", region(Absolute, Message.FileOffset)}}}};
  }

  Value result(const ClangTidyError &Error) {
    Object Result{{"ruleId", Error.DiagnosticName},
                  {"ruleIndex", ruleIndex(Error.DiagnosticName)},
                  {"level", sarifLevel(Error.DiagLevel)},
                  {"message", Object{{"text", Error.Message.Message}}}};
    if (auto Where = location(Error.Message, Error.BuildDirectory))
      Result["locations"] = Array{std::move(*Where)};
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
      std::string Absolute = Files.absolute(File, Error.BuildDirectory);
      Array Edits;
      for (const clang::tooling::Replacement &Edit : Replacements)
        Edits.push_back(
            Object{{"deletedRegion",
                    region(Absolute, Edit.getOffset(), Edit.getLength())},
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
  SourceFiles Files;
  Array Rules;
  llvm::StringMap<unsigned> RuleIndices;
};

} // namespace

void writeSarif(llvm::ArrayRef<ClangTidyError> Errors,
                const ReportSettings &Settings, llvm::raw_ostream &OS) {
  OS << llvm::formatv("{0:2}", SarifWriter(Settings).write(Errors)) << "\n";
}

void writeJson(llvm::ArrayRef<ClangTidyError> Errors,
               const ReportSettings &Settings, llvm::raw_ostream &OS) {
  SourceFiles Files(Settings);
  auto Place = [&](Object &Into, const clang::tooling::DiagnosticMessage &M,
                   llvm::StringRef BuildDirectory) {
    if (M.FilePath.empty())
      return;
    std::string Absolute = Files.absolute(M.FilePath, BuildDirectory);
    Position At = Files.position(Absolute, M.FileOffset);
    Into["file"] = Files.underRoot(Absolute).value_or(Absolute);
    Into["line"] = At.Line;
    Into["column"] = At.Column;
  };
  Array Findings;
  for (const ClangTidyError &Error : Errors) {
    Object Finding{{"check", Error.DiagnosticName},
                   {"level", sarifLevel(Error.DiagLevel)},
                   {"message", Error.Message.Message}};
    Place(Finding, Error.Message, Error.BuildDirectory);
    Array Notes;
    for (const auto &Note : Error.Notes) {
      Object Item{{"message", Note.Message}};
      Place(Item, Note, Error.BuildDirectory);
      Notes.push_back(std::move(Item));
    }
    Finding["notes"] = std::move(Notes);
    Array Fixes;
    for (const auto &[File, Replacements] : Error.Message.Fix) {
      std::string Absolute = Files.absolute(File, Error.BuildDirectory);
      for (const clang::tooling::Replacement &Edit : Replacements)
        Fixes.push_back(
            Object{{"file", Files.underRoot(Absolute).value_or(Absolute)},
                   {"offset", Edit.getOffset()},
                   {"length", Edit.getLength()},
                   {"replacement", Edit.getReplacementText().str()}});
    }
    Finding["fixes"] = std::move(Fixes);
    Findings.push_back(std::move(Finding));
  }
  Object Report{{"tool", "corolint"},
                {"version", Settings.ToolVersion},
                {"findings", std::move(Findings)}};
  OS << llvm::formatv("{0:2}", Value(std::move(Report))) << "\n";
}

} // namespace corolint
