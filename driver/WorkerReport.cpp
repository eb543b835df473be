//===--- WorkerReport.cpp - What a worker process hands back --------------===//

#include "WorkerReport.h"
#include "ByteCoding.h"
#include "llvm/Support/Endian.h"
#include <array>

using namespace clang;
using namespace clang::tidy;

namespace corolint {

namespace {

constexpr llvm::StringLiteral Magic = "corolint-worker-report-3\n";

class Writer : public ByteWriter {
public:
  void message(const tooling::DiagnosticMessage &Message) {
    text(Message.Message);
    text(Message.FilePath);
    number(Message.FileOffset);
    number(Message.Fix.size());
    for (const auto &[File, Replacements] : Message.Fix) {
      text(File);
      number(Replacements.size());
      for (const tooling::Replacement &Replacement : Replacements) {
        text(Replacement.getFilePath());
        number(Replacement.getOffset());
        number(Replacement.getLength());
        text(Replacement.getReplacementText());
      }
    }
    number(Message.Ranges.size());
    for (const tooling::FileByteRange &Range : Message.Ranges) {
      text(Range.FilePath);
      number(Range.FileOffset);
      number(Range.Length);
    }
  }
};

/// Reads what Writer wrote; any read past the end or out of range makes the
/// whole report malformed.
class Reader : public ByteReader {
public:
  using ByteReader::ByteReader;
  tooling::DiagnosticMessage message() {
    tooling::DiagnosticMessage Message;
    Message.Message = text().str();
    Message.FilePath = text().str();
    Message.FileOffset = small();
    for (size_t Files = count(); Files-- && !Bad;) {
      std::string File = text().str();
      tooling::Replacements &Replacements = Message.Fix[File];
      for (size_t Count = count(); Count-- && !Bad;) {
        std::string Path = text().str();
        unsigned Offset = small(), Length = small();
        tooling::Replacement Replacement(Path, Offset, Length, text());
        if (!Bad)
          if (llvm::Error E = Replacements.add(Replacement)) {
            llvm::consumeError(std::move(E));
            Bad = true;
          }
      }
    }
    for (size_t Count = count(); Count-- && !Bad;) {
      tooling::FileByteRange Range;
      Range.FilePath = text().str();
      Range.FileOffset = small();
      Range.Length = small();
      Message.Ranges.push_back(std::move(Range));
    }
    return Message;
  }
};

/// The counters of \p Stats, in the report's order.
template <typename Stats> auto statCounts(Stats &S) {
  return std::array{&S.ErrorsDisplayed, &S.ErrorsIgnoredCheckFilter,
                    &S.ErrorsIgnoredNOLINT, &S.ErrorsIgnoredNonUserCode,
                    &S.ErrorsIgnoredLineFilter};
}

} // namespace

std::string serializeWorkerReport(const WorkerReport &Report) {
  Writer W;
  W.Out += Magic;
  W.number(Report.Errors.size());
  for (const ClangTidyError &Error : Report.Errors) {
    W.text(Error.DiagnosticName);
    W.number(Error.DiagLevel);
    W.text(Error.BuildDirectory);
    W.number(Error.IsWarningAsError);
    W.message(Error.Message);
    W.number(Error.Notes.size());
    for (const tooling::DiagnosticMessage &Note : Error.Notes)
      W.message(Note);
    W.number(Error.EnabledDiagnosticAliases.size());
    for (const std::string &Alias : Error.EnabledDiagnosticAliases)
      W.text(Alias);
  }
  W.number(Report.Parsed.size());
  for (const auto &Entry : Report.Parsed) {
    W.text(Entry.first());
    W.number(Entry.second.Size);
    W.number(Entry.second.Hash.low64);
    W.number(Entry.second.Hash.high64);
    W.number(Entry.second.Unstable);
  }
  for (const unsigned *Count : statCounts(Report.Stats))
    W.number(*Count);
  W.text(Report.CrossFileFacts);
  return std::move(W.Out);
}

llvm::Expected<WorkerReport> parseWorkerReport(llvm::StringRef Bytes) {
  auto Malformed = [] {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "the worker's report is malformed");
  };
  if (!Bytes.consume_front(Magic))
    return Malformed();
  Reader R(Bytes);
  WorkerReport Report;
  for (size_t Count = R.count(); Count-- && !R.Bad;) {
    std::string Name = R.text().str();
    unsigned Level = R.small();
    std::string BuildDirectory = R.text().str();
    bool AsError = R.number() != 0;
    if (Level != tooling::Diagnostic::Remark &&
        Level != tooling::Diagnostic::Warning &&
        Level != tooling::Diagnostic::Error)
      R.Bad = true;
    if (R.Bad)
      break;
    ClangTidyError Error(Name, static_cast<tooling::Diagnostic::Level>(Level),
                         BuildDirectory, AsError);
    Error.Message = R.message();
    for (size_t Notes = R.count(); Notes-- && !R.Bad;)
      Error.Notes.push_back(R.message());
    for (size_t Aliases = R.count(); Aliases-- && !R.Bad;)
      Error.EnabledDiagnosticAliases.push_back(R.text().str());
    Report.Errors.push_back(std::move(Error));
  }
  for (size_t Count = R.count(); Count-- && !R.Bad;) {
    std::string Path = R.text().str();
    ContentFingerprint Print;
    Print.Size = R.number();
    Print.Hash.low64 = R.number();
    Print.Hash.high64 = R.number();
    Print.Unstable = R.number() != 0;
    Report.Parsed[Path] = Print;
  }
  for (unsigned *Count : statCounts(Report.Stats))
    *Count = R.small();
  Report.CrossFileFacts = R.text().str();
  if (R.Bad || !R.atEnd())
    return Malformed();
  return std::move(Report);
}

} // namespace corolint
