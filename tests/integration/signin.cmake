# Clerk sign-in (issue 7): online and offline sign-in against the real simulator, the session
# kept in a fake keychain; the sign-in dialog, roles and the idle lock in the real window.
motcua_add_test(tst_signin SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_signin.cpp
    LIBS motcua_test_support)
# cliSyncReusesKeptSession runs motcua-cli on the real keychain (dbus-run-session +
# gnome-keyring-daemon --unlock, as in the documented test command).
add_dependencies(tst_signin motcua-provincial-sim motcua-cli)
motcua_add_test(tst_signin_gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/../gui/tst_signin_gui.cpp
    LIBS motcua_test_support motcua_ui)
add_dependencies(tst_signin_gui motcua-provincial-sim)
