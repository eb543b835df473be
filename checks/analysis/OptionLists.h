//===--- OptionLists.h - ';'-separated check option values ------*- C++ -*-===//

#ifndef COROLINT_ANALYSIS_OPTIONLISTS_H
#define COROLINT_ANALYSIS_OPTIONLISTS_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace corolint {

/// The items of a ';'-separated option value (`a; b;;c`), trimmed, without
/// empty ones: the one list syntax every corolint option uses.
inline std::vector<std::string> splitOptionList(llvm::StringRef Value) {
  std::vector<std::string> Items;
  while (!Value.empty()) {
    auto [Item, Rest] = Value.split(';');
    if (!Item.trim().empty())
      Items.push_back(Item.trim().str());
    Value = Rest;
  }
  return Items;
}

} // namespace corolint

#endif // COROLINT_ANALYSIS_OPTIONLISTS_H
