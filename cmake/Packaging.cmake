# Install rules for the desktop files and the Debian package (docs/packaging.md):
#   cd build && cpack -G DEB      ->  motcua_<version>_<arch>.deb
# The programs install themselves (ui/, app/). Translations are compiled into the binaries (Qt
# resource :/i18n), so no .qm files are installed. The provincial simulator is a test and demo
# server and is not installed: a desk must never be pointed at it by accident.
include(GNUInstallDirs)

set(MOTCUA_APPSTREAM_ID vn.motcua.desk)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/motcua.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/${MOTCUA_APPSTREAM_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/motcua.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME motcua)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "motcua developers")
set(CPACK_PACKAGE_CONTACT "motcua developers <dev@motcua.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "one-stop counter desk for Vietnamese public services")
set(CPACK_PACKAGE_DESCRIPTION
    "motcua is the desk application of the one-stop counters (Bộ phận Một cửa) of Vietnamese
provinces and communes. The clerk finds the procedure, records the citizen's dossier and prints
the receipt; dossiers stay in a local store until the provincial dossier system has them. Citizens
confirm with their own account on a second screen. Includes motcua-cli for headless work.

Tiếp nhận hồ sơ tại Bộ phận Một cửa và hỗ trợ người dân tự nộp trực tuyến.")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Loaded at run time, so no linker dependency finds them: the SQLite driver, the X11/Wayland
# platform plugins, the SVG icon engine (window icon) and the receipt's font.
set(motcua_plugin_depends "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, fonts-dejavu-core")
find_program(MOTCUA_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(MOTCUA_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${motcua_plugin_depends}")
else()
    # Without dpkg-dev: the libraries the programs link, as Debian 12 names them.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${motcua_plugin_depends}, libqt6core6 (>= 6.4), \
libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6network6 (>= 6.4), libqt6sql6 (>= 6.4), \
libqt6printsupport6 (>= 6.4), libqt6concurrent6 (>= 6.4), libqt6charts6 (>= 6.4), \
libqt6keychain1, libsodium23, libqrencode4, libxlsxwriter4, libsqlite3-0, libssl3, libc6, \
libstdc++6")
endif()
# Secrets live in the Secret Service (QtKeychain); Qt's own Vietnamese dialog texts.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager, qt6-translations-l10n")

# cpack and `cmake --install` take what the build made and never build it first: the package test
# runs beside other tests under `ctest -j`, and a rebuild started by cpack would relink test
# programs while they run. Build before packaging (`cmake --build build && cd build && cpack`).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
include(CPack)
