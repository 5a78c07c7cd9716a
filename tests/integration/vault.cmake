# motcua-cli backup and keys against the real Secret Service (issue 7). Included from
# tests/CMakeLists.txt; ctest runs it under dbus-run-session with an unlocked gnome-keyring.
motcua_add_test(tst_cli_backup SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_backup.cpp
    LIBS motcua_test_support)
add_dependencies(tst_cli_backup motcua-cli)
