# Writes OUTPUT, a C++ fragment listing each of FILES (';'-separated) as
# {"<file name>", R"corolint(<contents>)corolint"}, so that the knowledge
# files and the check pages (for --explain) are part of the binaries and need
# no install path at run time.
set(Body "")
foreach(File IN LISTS FILES)
  file(READ "${File}" Contents)
  if(Contents MATCHES "\\)corolint\"")
    message(FATAL_ERROR "${File} contains the raw-string delimiter )corolint\"")
  endif()
  get_filename_component(Name "${File}" NAME)
  string(APPEND Body "{\"${Name}\", R\"corolint(${Contents})corolint\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "${Body}")
# Only touch OUTPUT when it changes, so an unrelated edit rebuilds nothing.
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different
  "${OUTPUT}.tmp" "${OUTPUT}")
