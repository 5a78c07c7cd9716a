# Transport security against the simulator serving HTTPS with certificates made by openssl at test
# time: the https rule, TLS errors, certificate pins. Included by tests/CMakeLists.txt.
motcua_add_test(tst_transport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_transport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TlsCerts.cpp ${CMAKE_CURRENT_LIST_DIR}/TlsCerts.h
    LIBS motcua_test_support)
add_dependencies(tst_transport motcua-provincial-sim motcua-cli)
