# Fee policy parsing and fee calculation. Included by tests/CMakeLists.txt.
motcua_add_test(tst_fees SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fees.cpp)
