# The Debian package, corolint-llvmNN (NN: the LLVM built against), made by
# `cmake --build <build> --target package` (CPack). Packages of different LLVM
# versions install side by side:
#
#   /usr/lib/corolint/llvm-NN/corolint            the driver
#   /usr/lib/corolint/llvm-NN/corolint-tidy.so    the plugin for clang-tidy-NN
#   /usr/bin/corolint-NN -> the driver; /usr/bin/corolint is an alternative
#                                       (the newest corolint-NN by default)
#   /usr/share/man/man1/corolint-NN.1.gz          generated from --help
#   /usr/share/doc/corolint-llvmNN/               check pages, knowledge files
#
# Its rules are the `debian` install component, left out of a plain
# `cmake --install`, which keeps the source layout (bin/corolint,
# lib/corolint-tidy.so).

set(COROLINT_PACKAGE_MAINTAINER
  "corolint developers <corolint@users.noreply.github.com>" CACHE STRING
  "Maintainer field of the Debian package")

set(corolint_package corolint-llvm${COROLINT_LLVM_VERSION})
set(corolint_private lib/corolint/llvm-${COROLINT_LLVM_VERSION})
set(corolint_command corolint-${COROLINT_LLVM_VERSION})
set(corolint_docs share/doc/${corolint_package})
set(corolint_staging ${CMAKE_BINARY_DIR}/debian)

# The man page, from the built driver's --help, and the changelog, both
# compressed as Debian policy asks (gzip -9n: no name or time stamp).
set(corolint_manpage ${corolint_staging}/${corolint_command}.1)
add_custom_command(
  OUTPUT ${corolint_manpage}.gz
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/make-manpage.py
          $<TARGET_FILE:corolint> ${corolint_manpage} --name ${corolint_command}
  COMMAND gzip -9nf ${corolint_manpage}
  DEPENDS corolint ${PROJECT_SOURCE_DIR}/scripts/make-manpage.py
  COMMENT "Writing the man page of ${corolint_command}"
  VERBATIM)
string(TIMESTAMP COROLINT_PACKAGE_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(cmake/debian/changelog.in ${corolint_staging}/changelog @ONLY)
add_custom_command(
  OUTPUT ${corolint_staging}/changelog.gz
  COMMAND gzip -9nkf ${corolint_staging}/changelog
  DEPENDS ${corolint_staging}/changelog
  VERBATIM)
add_custom_target(corolint-package-files ALL
  DEPENDS ${corolint_manpage}.gz ${corolint_staging}/changelog.gz)
configure_file(cmake/debian/copyright.in ${corolint_staging}/copyright @ONLY)
foreach(script postinst prerm)
  configure_file(cmake/debian/${script}.in ${corolint_staging}/${script} @ONLY
    FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
    GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
endforeach()
# /usr/bin/corolint-NN, a relative link to the driver.
file(CREATE_LINK ../lib/corolint/llvm-${COROLINT_LLVM_VERSION}/corolint
  ${corolint_staging}/${corolint_command} SYMBOLIC)

set(component COMPONENT debian EXCLUDE_FROM_ALL)
install(TARGETS corolint RUNTIME DESTINATION ${corolint_private} ${component})
# The libraries are in the system's library path; a run path would only make
# the package's driver prefer a copy of LLVM elsewhere.
install(CODE "file(RPATH_REMOVE FILE
  \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${corolint_private}/corolint\")"
  ${component})
install(TARGETS corolint-tidy LIBRARY DESTINATION ${corolint_private}
  ${component})
install(FILES ${corolint_staging}/${corolint_command} DESTINATION bin
  ${component})
install(FILES ${corolint_manpage}.gz DESTINATION share/man/man1 ${component})
install(FILES ${corolint_staging}/copyright ${corolint_staging}/changelog.gz
  DESTINATION ${corolint_docs} ${component})
install(FILES ${COROLINT_CHECK_PAGES} DESTINATION ${corolint_docs}/checks
  ${component})
install(FILES ${COROLINT_KNOWLEDGE_FILES} DESTINATION ${corolint_docs}/knowledge
  ${component})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${corolint_package})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${COROLINT_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "linter for misuse of C++20 coroutines and event loops (LLVM ${COROLINT_LLVM_VERSION})")
# The extended description, in lines of at most 80 characters (Debian policy).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "corolint finds tasks that are never awaited, blocking calls in coroutines,"
  "event loops run from inside a coroutine and CPU-heavy work on the loop"
  "thread, in C++ code using asio, cppcoro, folly::coro, libunifex/stdexec,"
  "libcoro, seastar or concurrencpp. It reads a compilation database and writes"
  "clang-tidy-style, SARIF, JSON, GitHub or Code Climate reports."
  "."
  "This package holds corolint-${COROLINT_LLVM_VERSION} and the corolint-tidy.so plugin for"
  "clang-tidy-${COROLINT_LLVM_VERSION}.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# Only the `debian` component, in one package.
set(CPACK_COMPONENTS_ALL debian)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_DEBIAN_PACKAGE_NAME ${corolint_package})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${COROLINT_HOME_URL})
# Depends: the shared libraries dpkg-shlibdeps finds (libLLVM, libclang-cpp,
# libc, libstdc++), and Clang's resource headers (stddef.h and the rest),
# without which no source file parses.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "libclang-common-${COROLINT_LLVM_VERSION}-dev")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "clang-tidy-${COROLINT_LLVM_VERSION}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
  ${corolint_staging}/postinst ${corolint_staging}/prerm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR}/packages)
include(CPack)
