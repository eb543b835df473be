# corolint_embed_files(<output> <comment> <files...>): a build step that writes
# <output>, a C++ fragment holding each file's name and text
# (cmake/EmbedFiles.cmake), again whenever one of them changes.
function(corolint_embed_files output comment)
  set(script "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedFiles.cmake")
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} "-DFILES=${ARGN}" -DOUTPUT=${output}
            -P ${script}
    DEPENDS ${ARGN} ${script}
    COMMENT "${comment}"
    VERBATIM)
endfunction()
