//===--- LineFilter.cpp - Only the findings on changed lines --------------===//

#include "LineFilter.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

using namespace clang::tidy;

namespace corolint {

namespace {

llvm::Error lineFilterError(const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Why);
}

/// Runs git with \p Args in the current directory; its standard output.
llvm::Expected<std::string> runGit(llvm::ArrayRef<llvm::StringRef> Args) {
  llvm::ErrorOr<std::string> Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return lineFilterError("--diff needs git, which is not on PATH");
  llvm::SmallString<128> Out, Err;
  if (std::error_code EC =
          llvm::sys::fs::createTemporaryFile("corolint-git", "out", Out))
    return lineFilterError("cannot make a temporary file: " + EC.message());
  if (std::error_code EC =
          llvm::sys::fs::createTemporaryFile("corolint-git", "err", Err)) {
    llvm::sys::fs::remove(Out);
    return lineFilterError("cannot make a temporary file: " + EC.message());
  }
  std::vector<llvm::StringRef> Argv{"git"};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, Out.str(),
                                                Err.str()};
  std::string Message;
  int Status = llvm::sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects, 0,
                                         0, &Message);
  auto OutText = llvm::MemoryBuffer::getFile(Out);
  auto ErrText = llvm::MemoryBuffer::getFile(Err);
  llvm::sys::fs::remove(Out);
  llvm::sys::fs::remove(Err);
  if (Status != 0)
    return lineFilterError(
        "'git " + llvm::join(Args, " ") + "' failed: " +
        (ErrText ? (*ErrText)->getBuffer().trim() : llvm::StringRef(Message)));
  return OutText ? (*OutText)->getBuffer().str() : std::string();
}

} // namespace

llvm::Expected<LineFilter> LineFilter::fromJson(llvm::StringRef Json) {
  ClangTidyGlobalOptions Global;
  if (std::error_code EC = parseLineFilter(Json, Global))
    return lineFilterError("--line-filter is not clang-tidy's line filter "
                           "JSON ([{\"name\": \"file.cpp\", \"lines\": "
                           "[[1, 3]]}]): " +
                           EC.message());
  LineFilter Filter;
  Filter.Files = std::move(Global.LineFilter);
  return Filter;
}

llvm::Expected<LineFilter> LineFilter::fromGitDiff(llvm::StringRef Ref) {
  auto Top = runGit({"rev-parse", "--show-toplevel"});
  if (!Top)
    return Top.takeError();
  auto Diff = runGit({"diff", "-U0", "--no-color", "--no-ext-diff",
                      "--no-renames", Ref, "--"});
  if (!Diff)
    return Diff.takeError();
  LineFilter Filter;
  FileFilter *Current = nullptr;
  llvm::SmallVector<llvm::StringRef> Lines;
  llvm::StringRef(*Diff).split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    if (Line.starts_with("+++ ")) {
      Current = nullptr;
      llvm::StringRef Path = Line.drop_front(4);
      if (!Path.consume_front("b/"))
        continue; // /dev/null: the file was deleted.
      llvm::SmallString<256> Absolute(llvm::StringRef(*Top).trim());
      llvm::sys::path::append(Absolute, Path);
      Filter.Files.push_back({std::string(Absolute), {}});
      Current = &Filter.Files.back();
      continue;
    }
    // @@ -a[,b] +c[,d] @@: lines c to c+d-1 of the new file; d = 0 adds
    // none (a deletion).
    if (!Current || !Line.consume_front("@@ -"))
      continue;
    size_t Plus = Line.find(" +");
    if (Plus == llvm::StringRef::npos)
      continue;
    llvm::StringRef Range =
        Line.substr(Plus + 2).take_until([](char C) { return C == ' '; });
    auto [StartText, CountText] = Range.split(',');
    unsigned Start = 0, Count = 1;
    if (StartText.getAsInteger(10, Start) ||
        (!CountText.empty() && CountText.getAsInteger(10, Count)))
      continue;
    if (Count > 0)
      Current->LineRanges.push_back({Start, Start + Count - 1});
  }
  // A file whose change only deletes lines has no line to report on.
  llvm::erase_if(Filter.Files,
                 [](const FileFilter &F) { return F.LineRanges.empty(); });
  return Filter;
}

bool LineFilter::selects(const clang::tooling::DiagnosticMessage &Message,
                         llvm::StringRef BuildDirectory) {
  if (Message.FilePath.empty())
    return false;
  std::string Path = absoluteDiagnosticPath(Message.FilePath, BuildDirectory);
  for (const FileFilter &File : Files) {
    if (!llvm::StringRef(Path).ends_with(File.Name))
      continue;
    if (File.LineRanges.empty())
      return true;
    unsigned Line = Texts.line(Path, Message.FileOffset);
    for (const FileFilter::LineRange &Range : File.LineRanges)
      if (Line >= Range.first && Line <= Range.second)
        return true;
  }
  return false;
}

bool LineFilter::selects(const ClangTidyError &Error) {
  if (selects(Error.Message, Error.BuildDirectory))
    return true;
  return llvm::any_of(Error.Notes, [&](const auto &Note) {
    return selects(Note, Error.BuildDirectory);
  });
}

std::vector<std::string> LineFilter::files() const {
  std::vector<std::string> Names;
  for (const FileFilter &File : Files)
    Names.push_back(File.Name);
  return Names;
}

} // namespace corolint
