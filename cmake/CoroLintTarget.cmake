# Compile settings every corolint target shares, attached to targets (never
# global): C++17 like LLVM 19, LLVM's include paths and definitions, and no
# RTTI when LLVM was built without it (Debian's is), or vtables would not link.
add_library(corolint_flags INTERFACE)
target_compile_features(corolint_flags INTERFACE cxx_std_17)
target_include_directories(corolint_flags SYSTEM INTERFACE
  ${LLVM_INCLUDE_DIRS} ${CLANG_INCLUDE_DIRS})
separate_arguments(COROLINT_LLVM_DEFINITIONS UNIX_COMMAND "${LLVM_DEFINITIONS}")
target_compile_definitions(corolint_flags INTERFACE ${COROLINT_LLVM_DEFINITIONS})
if(NOT LLVM_ENABLE_RTTI)
  target_compile_options(corolint_flags INTERFACE -fno-rtti)
endif()
target_compile_options(corolint_flags INTERFACE -Wall -Wextra
  -Wno-unused-parameter -fvisibility-inlines-hidden)
