# Compile settings every corolint target shares, attached to targets (never
# global): C++17 (as LLVM 19 and 22 are), LLVM's include paths and definitions, and no
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

# A sanitizer build for the test suite: -DCOROLINT_SANITIZE="address;undefined".
# The runtime is linked as a shared library (-shared-libasan) so that the
# plugin, loaded into an uninstrumented clang-tidy, shares it with the
# process; the suite preloads it into clang-tidy (tests/CMakeLists.txt).
set(COROLINT_SANITIZE "" CACHE STRING
  "Sanitizers to build with, e.g. address;undefined (for testing)")
set(COROLINT_SANITIZER_RUNTIME "")
if(COROLINT_SANITIZE)
  list(JOIN COROLINT_SANITIZE "," corolint_sanitizers)
  target_compile_options(corolint_flags INTERFACE
    -fsanitize=${corolint_sanitizers} -fno-sanitize-recover=all
    -fno-omit-frame-pointer -shared-libasan)
  target_link_options(corolint_flags INTERFACE
    -fsanitize=${corolint_sanitizers} -shared-libasan)
  execute_process(
    COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libclang_rt.asan-x86_64.so
    OUTPUT_VARIABLE COROLINT_SANITIZER_RUNTIME
    OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT IS_ABSOLUTE "${COROLINT_SANITIZER_RUNTIME}")
    message(FATAL_ERROR "COROLINT_SANITIZE needs the sanitizer runtimes of "
      "${CMAKE_CXX_COMPILER}: apt-get install libclang-rt-${LLVM_VERSION_MAJOR}-dev")
  endif()
  # corolint itself finds the runtime through its run path.
  get_filename_component(corolint_sanitizer_dir
    "${COROLINT_SANITIZER_RUNTIME}" DIRECTORY)
  target_link_options(corolint_flags INTERFACE
    "-Wl,-rpath,${corolint_sanitizer_dir}")
  message(STATUS "corolint: sanitizers ${corolint_sanitizers}, runtime "
    "${COROLINT_SANITIZER_RUNTIME}")
endif()
