# Issue 7: the real keychain, and personal data at rest end to end.
motcua_add_test(tst_secrets SOURCES integration/tst_secrets.cpp LIBS motcua_test_support)
# The same code without any keyring on the session bus: every call must fail clearly.
motcua_add_test(tst_secrets_nokeyring SOURCES integration/tst_secrets_nokeyring.cpp
    LIBS motcua_test_support)
set_tests_properties(tst_secrets_nokeyring PROPERTIES ENVIRONMENT
    "${MOTCUA_TEST_ENV};DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/motcua-no-bus")
add_dependencies(tst_secrets_nokeyring motcua-cli)
motcua_add_test(tst_personal_data SOURCES integration/tst_personal_data.cpp
    LIBS motcua_test_support Qt6::Sql)
add_dependencies(tst_personal_data motcua-cli motcua-provincial-sim)
