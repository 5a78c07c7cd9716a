# The Debian package: cpack on this build tree, installed with dpkg into a temporary root
# (check-deb.sh). Included by tests/CMakeLists.txt. cpack packs what the build made (it does not
# build: cmake/Packaging.cmake), so the test needs the whole build done first, as ctest does.
add_test(NAME tst_package_deb
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/check-deb.sh ${CMAKE_BINARY_DIR} ${PROJECT_VERSION})
# No QT_QPA_PLATFORM here: the installed motcua must answer --version without a display.
set_tests_properties(tst_package_deb PROPERTIES TIMEOUT 180 LABELS packaging
                     ENVIRONMENT "LC_ALL=C.UTF-8;LANG=C.UTF-8")

# The Windows installer script compiles (NSIS, Debian package nsis); it is never run here.
add_test(NAME tst_package_nsis
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/check-nsis.sh
                 ${PROJECT_SOURCE_DIR}/packaging/windows/motcua.nsi ${PROJECT_VERSION})
set_tests_properties(tst_package_nsis PROPERTIES TIMEOUT 60 LABELS packaging)
