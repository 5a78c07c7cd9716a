# motcua-cli report on a seeded store: exact CSV, refusals, an XLSX unpacked with unzip.
# Included by tests/CMakeLists.txt.
motcua_add_test(tst_cli_report SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_report.cpp
                LIBS motcua_test_support)
add_dependencies(tst_cli_report motcua-cli)
