# `motcua-cli audit` run as the real binary on tampered stores, with a public key given and with
# the desk's key from the keychain (real Secret Service under dbus-run-session).
# Included by tests/CMakeLists.txt.
motcua_add_test(tst_cli_audit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_audit.cpp
                LIBS motcua_test_support)
add_dependencies(tst_cli_audit motcua-cli)
