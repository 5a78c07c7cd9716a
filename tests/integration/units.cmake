# motcua-cli import-dossiers: history from JSONL into the report rows, end to end.
motcua_add_test(tst_import SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_import.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImportFixture.h LIBS motcua_test_support)
motcua_add_test(tst_import_refusals SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_import_refusals.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImportFixture.h LIBS motcua_test_support)
add_dependencies(tst_import motcua-cli)
add_dependencies(tst_import_refusals motcua-cli)
