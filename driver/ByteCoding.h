//===--- ByteCoding.h - Length-prefixed bytes between processes -*- C++ -*-===//
//
// What workers hand the parent (WorkerReport.h) and what the result cache
// keeps (ResultCache.h) are written the same way: every number 8 bytes
// little-endian, every text its length and then its bytes, unchanged (file
// names and source text need not be UTF-8). Reading past the end, or a
// length longer than what is left, makes the reader Bad, never a crash.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_DRIVER_BYTECODING_H
#define COROLINT_DRIVER_BYTECODING_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Endian.h"
#include <cstdint>
#include <string>

namespace corolint {

inline void putNumber(std::string &Out, uint64_t Value) {
  char Bytes[8];
  llvm::support::endian::write64le(Bytes, Value);
  Out.append(Bytes, 8);
}

inline void putText(std::string &Out, llvm::StringRef Text) {
  putNumber(Out, Text.size());
  Out += Text;
}

class ByteWriter {
public:
  void number(uint64_t Value) { putNumber(Out, Value); }
  void text(llvm::StringRef Text) { putText(Out, Text); }
  std::string Out;
};

class ByteReader {
public:
  explicit ByteReader(llvm::StringRef In) : In(In) {}
  bool Bad = false;

  uint64_t number() {
    if (In.size() < 8) {
      Bad = true;
      return 0;
    }
    uint64_t Value = llvm::support::endian::read64le(In.data());
    In = In.drop_front(8);
    return Value;
  }
  /// A number that fits 32 bits (offsets, lengths, levels).
  unsigned small() {
    uint64_t Value = number();
    if (Value > UINT32_MAX)
      Bad = true;
    return Bad ? 0 : unsigned(Value);
  }
  /// A count of items that each take at least 8 bytes.
  size_t count() {
    uint64_t Value = number();
    if (Value > In.size() / 8)
      Bad = true;
    return Bad ? 0 : Value;
  }
  /// The text's bytes, in the input (which outlives them).
  llvm::StringRef text() {
    uint64_t Size = number();
    if (Bad || Size > In.size()) {
      Bad = true;
      return {};
    }
    llvm::StringRef Text = In.take_front(Size);
    In = In.drop_front(Size);
    return Text;
  }
  /// What is left to read.
  llvm::StringRef rest() const { return In; }
  bool atEnd() const { return In.empty(); }

private:
  llvm::StringRef In;
};

} // namespace corolint

#endif // COROLINT_DRIVER_BYTECODING_H
