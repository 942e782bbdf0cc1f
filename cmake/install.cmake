# Install: headers, the CMake package, the pkg-config file and the kernel
# files. pixfmt is header-only, so the package files go to the
# architecture-independent share/ directory.
include(CMakePackageConfigHelpers)

set(PIXFMT_CMAKE_DIR ${CMAKE_INSTALL_DATADIR}/cmake/pixfmt)

install(TARGETS pixfmt EXPORT pixfmtTargets FILE_SET HEADERS)
install(EXPORT pixfmtTargets NAMESPACE pixfmt:: DESTINATION ${PIXFMT_CMAKE_DIR})

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/pixfmtConfig.cmake.in
  ${PROJECT_BINARY_DIR}/pixfmtConfig.cmake INSTALL_DESTINATION ${PIXFMT_CMAKE_DIR})
# Before 1.0 a minor release may change the API: only the same major.minor
# is compatible (0.1.x with 0.1.y). From 1.0 on this becomes SameMajorVersion.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/pixfmtConfigVersion.cmake
  COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES ${PROJECT_BINARY_DIR}/pixfmtConfig.cmake
  ${PROJECT_BINARY_DIR}/pixfmtConfigVersion.cmake DESTINATION ${PIXFMT_CMAKE_DIR})

configure_file(${PROJECT_SOURCE_DIR}/cmake/pixfmt.pc.in ${PROJECT_BINARY_DIR}/pixfmt.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/pixfmt.pc DESTINATION ${CMAKE_INSTALL_DATADIR}/pkgconfig)

# Kernel drivers copy these into their tree; no Python needed.
install(FILES
  ${PROJECT_SOURCE_DIR}/kernel/pixfmt.c
  ${PROJECT_SOURCE_DIR}/kernel/pixfmt.h
  ${PROJECT_SOURCE_DIR}/kernel/pixfmt_table.c
  ${PROJECT_SOURCE_DIR}/kernel/pixfmt_table.h
  ${PROJECT_SOURCE_DIR}/kernel/Kbuild
  ${PROJECT_SOURCE_DIR}/kernel/README.md
  DESTINATION ${CMAKE_INSTALL_DATADIR}/pixfmt/kernel)
# The kernel's own table bodies, per kernel version (kernel/README.md)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/kernel/linux DESTINATION ${CMAKE_INSTALL_DATADIR}/pixfmt/kernel)
install(FILES ${PROJECT_SOURCE_DIR}/docs/formats.md ${PROJECT_SOURCE_DIR}/docs/data-model.md
  ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
