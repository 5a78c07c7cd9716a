# The tamper-evident audit log: chaining, signing and every kind of tampering verify must name.
# Included by tests/CMakeLists.txt.
motcua_add_test(tst_audit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_audit.cpp LIBS motcua_test_support)
