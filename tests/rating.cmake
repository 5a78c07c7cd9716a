# Citizens' satisfaction ratings (issue 8): repository, report counts and retention; sync to the
# real simulator exactly once, faults included; the citizen's window. Included by
# tests/CMakeLists.txt.
motcua_add_test(tst_rating SOURCES ${CMAKE_CURRENT_LIST_DIR}/unit/tst_rating.cpp
                LIBS motcua_test_support)
motcua_add_test(tst_rating_sync SOURCES ${CMAKE_CURRENT_LIST_DIR}/integration/tst_rating_sync.cpp
                LIBS motcua_test_support)
add_dependencies(tst_rating_sync motcua-provincial-sim)
motcua_add_test(tst_rating_gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/gui/tst_rating_gui.cpp
                LIBS motcua_test_support motcua_ui)
