//===--- Reports.cpp - Findings as JSON, GitHub and Code Climate ----------===//

#include "Reports.h"
#include "ReportLocations.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

using namespace clang::tidy;
using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

namespace corolint {

const char *levelName(clang::tooling::Diagnostic::Level Level) {
  switch (Level) {
  case clang::tooling::Diagnostic::Error:
    return "error";
  case clang::tooling::Diagnostic::Warning:
    return "warning";
  default:
    return "note";
  }
}

void writeJson(llvm::ArrayRef<ClangTidyError> Errors,
               const ReportSettings &Settings, llvm::raw_ostream &OS) {
  ReportLocations Locations(Settings.SourceRoot);
  auto Locate = [&](Object &Into, const clang::tooling::DiagnosticMessage &M,
                    llvm::StringRef BuildDirectory) {
    std::optional<Place> Where = Locations.place(M, BuildDirectory);
    if (!Where)
      return;
    Into["file"] = Where->Shown;
    Into["line"] = Where->Start.Line;
    Into["column"] = Where->Start.Column;
    Into["end_line"] = Where->End.Line;
    Into["end_column"] = Where->End.Column;
  };
  Array Findings;
  for (const ClangTidyError &Error : Errors) {
    Object Finding{{"check", Error.DiagnosticName},
                   {"level", levelName(Error.DiagLevel)},
                   {"message", Error.Message.Message},
                   {"fingerprint", Locations.fingerprintOf(Error)}};
    Locate(Finding, Error.Message, Error.BuildDirectory);
    Array Notes;
    for (const auto &Note : Error.Notes) {
      Object Item{{"message", Note.Message}};
      Locate(Item, Note, Error.BuildDirectory);
      Notes.push_back(std::move(Item));
    }
    Finding["notes"] = std::move(Notes);
    Array Fixes;
    for (const auto &[File, Replacements] : Error.Message.Fix) {
      std::string Absolute = Locations.absolute(File, Error.BuildDirectory);
      for (const clang::tooling::Replacement &Edit : Replacements)
        Fixes.push_back(
            Object{{"file", Locations.underRoot(Absolute).value_or(Absolute)},
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

namespace {

/// GitHub's workflow commands: a message escapes `%`, CR and LF; a property
/// value also `:` and `,`.
std::string escapeGitHub(llvm::StringRef Text, bool Property) {
  std::string Result;
  for (char C : Text) {
    if (C == '%')
      Result += "%25";
    else if (C == '\r')
      Result += "%0D";
    else if (C == '\n')
      Result += "%0A";
    else if (Property && C == ':')
      Result += "%3A";
    else if (Property && C == ',')
      Result += "%2C";
    else
      Result += C;
  }
  return Result;
}

} // namespace

void writeGitHubAnnotations(llvm::ArrayRef<ClangTidyError> Errors,
                            const ReportSettings &Settings,
                            llvm::raw_ostream &OS) {
  ReportLocations Locations(Settings.SourceRoot);
  for (const ClangTidyError &Error : Errors) {
    const char *Level =
        Error.DiagLevel == clang::tooling::Diagnostic::Error     ? "error"
        : Error.DiagLevel == clang::tooling::Diagnostic::Warning ? "warning"
                                                                 : "notice";
    std::string Properties;
    if (std::optional<Place> Where =
            Locations.place(Error.Message, Error.BuildDirectory)) {
      Properties =
          llvm::formatv("file={0},line={1},col={2},endLine={3}",
                        escapeGitHub(Where->Shown, true), Where->Start.Line,
                        Where->Start.Column, Where->End.Line);
      // GitHub takes an end column only on the start's line.
      if (Where->End.Line == Where->Start.Line)
        Properties += llvm::formatv(",endColumn={0}", Where->End.Column);
      Properties += ",";
    }
    Properties += "title=" + escapeGitHub(Error.DiagnosticName, true);
    // The notes, as clang prints them, on the lines below the message.
    std::string Message = Error.Message.Message;
    for (const auto &Note : Error.Notes) {
      Message += "\n";
      if (std::optional<Place> Where =
              Locations.place(Note, Error.BuildDirectory))
        Message += llvm::formatv("{0}:{1}:{2}: ", Where->Shown,
                                 Where->Start.Line, Where->Start.Column);
      Message += "note: " + Note.Message;
    }
    OS << "::" << Level << " " << Properties
       << "::" << escapeGitHub(Message, false) << "\n";
  }
}

void writeCodeClimate(llvm::ArrayRef<ClangTidyError> Errors,
                      const ReportSettings &Settings, llvm::raw_ostream &OS) {
  ReportLocations Locations(Settings.SourceRoot);
  Array Issues;
  for (const ClangTidyError &Error : Errors) {
    std::optional<Place> Where =
        Locations.place(Error.Message, Error.BuildDirectory);
    // GitLab's scale: an error fails what the team promoted, a warning is
    // a bug risk to look at.
    const char *Severity =
        Error.DiagLevel == clang::tooling::Diagnostic::Error     ? "critical"
        : Error.DiagLevel == clang::tooling::Diagnostic::Warning ? "major"
                                                                 : "info";
    std::string Description = Error.Message.Message;
    Object Location{{"path", Where ? Where->Shown : std::string()}};
    if (Where)
      Location["positions"] =
          Object{{"begin", Object{{"line", Where->Start.Line},
                                  {"column", Where->Start.Column}}},
                 {"end", Object{{"line", Where->End.Line},
                                {"column", Where->End.Column}}}};
    else
      Location["lines"] = Object{{"begin", 1}};
    Issues.push_back(Object{{"type", "issue"},
                            {"check_name", Error.DiagnosticName},
                            {"description", std::move(Description)},
                            {"categories", Array{"Bug Risk"}},
                            {"severity", Severity},
                            {"fingerprint", Locations.fingerprintOf(Error)},
                            {"location", std::move(Location)}});
  }
  OS << llvm::formatv("{0:2}", Value(std::move(Issues))) << "\n";
}

void writeReport(ReportFormat Format, llvm::ArrayRef<ClangTidyError> Errors,
                 const ReportSettings &Settings, llvm::raw_ostream &OS) {
  switch (Format) {
  case ReportFormat::Sarif:
    return writeSarif(Errors, Settings, OS);
  case ReportFormat::Json:
    return writeJson(Errors, Settings, OS);
  case ReportFormat::GitHub:
    return writeGitHubAnnotations(Errors, Settings, OS);
  case ReportFormat::CodeClimate:
    return writeCodeClimate(Errors, Settings, OS);
  case ReportFormat::Clang:
    return;
  }
}

} // namespace corolint
