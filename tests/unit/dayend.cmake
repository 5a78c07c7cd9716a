# The supervisor's day-end view: the summary on a seeded store, and the page in the real window.
# Included by tests/CMakeLists.txt.
motcua_add_test(tst_dayend SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dayend.cpp
                LIBS motcua_test_support)
motcua_add_test(tst_dayend_gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/../gui/tst_dayend_gui.cpp
                LIBS motcua_test_support motcua_ui SQLite::SQLite3)
