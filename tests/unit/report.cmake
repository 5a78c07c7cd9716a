# The online-rate report: hand-computed reports over a small store, CSV and XLSX writers.
# Included by tests/CMakeLists.txt.
motcua_add_test(tst_report SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_report.cpp
                ${CMAKE_CURRENT_LIST_DIR}/ReportFixture.h
                LIBS motcua_test_support)
motcua_add_test(tst_report_triggers SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_report_triggers.cpp
                LIBS motcua_test_support)
