//===--- CrossFileSummaries.h - Effect summaries between files --*- C++ -*-===//
//
// DESIGN.md's effect summaries, across translation units. A file's analysis
// exports, for each function it defines that other files can call (by USR):
// the chain to an effect it has without leaving the file, and the calls it
// makes (on every path, through the file's own helpers) to functions defined
// elsewhere. A chain may hold only under conditions (guards) if no caller can
// decide them: they test none of the function's parameters, nor its object.
// A call site in loop context to a function defined elsewhere is a
// candidate. Linking joins the exported functions into the shortest chain to
// an effect for each (a shortest-path search, so cycles end; of equal length,
// the one with fewest guards), and a candidate whose callee has one becomes a
// finding with one note per hop and one per guard.
//
// Everything here is text and places in files, not AST: the driver links what
// its workers exported, writes the result (--export-summaries), and the
// checks read it back (SummaryFiles) in the plugin and in single-file runs.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_CROSSFILESUMMARIES_H
#define COROLINT_ANALYSIS_CROSSFILESUMMARIES_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace corolint::crossfile {

/// The version of the summary formats (unit facts, linked summaries): a file
/// of another version is rejected by name. 2: chains carry guards.
inline constexpr int64_t SummaryFormatVersion = 2;

/// A place in a source file: an absolute path and a byte offset.
struct Place {
  std::string File;
  unsigned Offset = 0;
};

/// A function of a chain, named as findings name it (`'backoff'`), and its
/// call to the next hop's function (unused in a chain's last hop).
struct Hop {
  std::string Function;
  Place Call;
};

/// What the last function of a chain does, in the words of a finding.
struct EffectEnd {
  /// The finding's message after "call to 'f' ".
  std::string Tail;
  /// The note at the effect itself.
  std::string Note;
  Place At;
  /// The advice note at the call: this text, then the coroutine's way of
  /// offloading work if AdviceOffload. No advice note if both are empty.
  std::string AdviceLead;
  bool AdviceOffload = false;
};

/// A condition a chain holds under, which no caller decides: the note a
/// finding gives it ("'f' does this only when ..."), at the condition.
struct Guard {
  std::string Note;
  Place At;
};

struct Chain {
  std::vector<Hop> Hops;
  EffectEnd End;
  /// Its conditions, outermost first; none if it holds on every path.
  std::vector<Guard> Guards;
};

/// A call to a function defined elsewhere (Callee, a USR), reached from a
/// function through Prefix: the last hop's call is the one to Callee.
struct ExternalCall {
  std::vector<Hop> Prefix;
  std::string Callee;
};

/// One check's facts about one function.
struct CheckFacts {
  std::optional<Chain> Own;
  std::vector<ExternalCall> Calls;
};

struct FunctionFacts {
  std::string Usr;
  std::string Name;
  /// Where it is defined, and a hash of its definition's text: two different
  /// definitions of one USR (an ODR breach) are not followed.
  std::string File;
  uint64_t BodyHash = 0;
  std::map<std::string, CheckFacts> Checks;
};

/// What one translation unit exports.
struct UnitFacts {
  std::vector<FunctionFacts> Functions;
  /// The content hash of every file a place names.
  std::map<std::string, uint64_t> FileHashes;

  /// The entry for \p Usr, made on first use.
  FunctionFacts &function(llvm::StringRef Usr);
};

/// A loop-context call to a function defined elsewhere, as a worker hands
/// it over inside a diagnostic's message (see candidateMessage).
struct Candidate {
  /// The check that reports it: candidates of several checks at one call
  /// stay apart (clang-tidy merges equal diagnostics of different checks).
  std::string Check;
  /// "call to 'f'" or "constructing 'T'".
  std::string Head;
  /// How the calling coroutine moves work off its loop.
  std::string Offload;
  unsigned MaxHops = 0;
  std::vector<ExternalCall> Through;
  /// Why its finding would not be shown: clang-tidy's NOLINT or header
  /// filter, decided in the worker; counted as such if it is one.
  enum class Hidden { No, ByNolint, ByHeaderFilter } HiddenBy = Hidden::No;
};

/// A function defined differently in two files.
struct OdrBreach {
  std::string Name;
  std::string FirstFile;
  std::string SecondFile;
};

/// The linked summaries: per check, per USR, the shortest chain to an effect
/// (of equal length, the one with fewest guards).
struct LinkedSummaries {
  std::map<std::string, std::map<std::string, Chain>> Chains;
  std::map<std::string, uint64_t> FileHashes;
  std::vector<OdrBreach> Breaches;

  /// The chain of \p Check for the function \p Usr, if it has one.
  const Chain *find(llvm::StringRef Check, llvm::StringRef Usr) const;
  /// The shortest chain of \p Check through one of \p Through (of equal
  /// length, the one with fewest guards), of at most \p MaxHops functions,
  /// whose linked part \p Usable accepts.
  std::optional<Chain>
  resolve(llvm::StringRef Check, llvm::ArrayRef<ExternalCall> Through,
          unsigned MaxHops,
          llvm::function_ref<bool(const Chain &)> Usable = nullptr) const;
};

/// The content hash the summaries keep of a file.
uint64_t contentHash(llvm::StringRef Content);

/// Links the facts of every translation unit of a run.
LinkedSummaries link(llvm::ArrayRef<UnitFacts> Units);

/// The note on hop \p From calling \p To: `'a' calls 'b'`.
std::string hopNote(llvm::StringRef From, llvm::StringRef To);
/// The note on a condition of \p Function, a chain's hop, described as
/// \p Condition: `'f' does this only when 'x'`.
std::string guardNote(llvm::StringRef Function, llvm::StringRef Condition);
/// The advice note of \p End for a coroutine that offloads with \p Offload,
/// or empty when there is none.
std::string adviceNote(const EffectEnd &End, llvm::StringRef Offload);

std::string serialize(const UnitFacts &Facts);
llvm::Expected<UnitFacts> parseUnitFacts(llvm::StringRef Text);

/// The linked summaries as --export-summaries writes them.
std::string serialize(const LinkedSummaries &Linked);
llvm::Expected<LinkedSummaries> parseLinkedSummaries(llvm::StringRef Text);

/// A candidate as the message of the diagnostic that carries it from a
/// worker to the driver, and back.
std::string candidateMessage(const Candidate &Call);
/// Whether \p Message carries a candidate (well-formed or not).
bool isCandidateMessage(llvm::StringRef Message);
/// The candidate \p Message carries, or nothing if it is a finding's.
std::optional<Candidate> parseCandidateMessage(llvm::StringRef Message);

/// Where the driver's workers put what their translation unit exports; null
/// (the plugin, a single-file run) when nothing is linked after the run.
UnitFacts *exportTarget();
void setExportTarget(UnitFacts *Target);

} // namespace corolint::crossfile

#endif // COROLINT_ANALYSIS_CROSSFILESUMMARIES_H
