# Administrative units as data: the CSV list, its checks, levels on a day, `motcua-cli units`.
motcua_add_test(tst_units SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_units.cpp LIBS motcua_test_support)
add_dependencies(tst_units motcua-cli)
