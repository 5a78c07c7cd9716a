# Calendar tests (included from tests/CMakeLists.txt).
motcua_add_test(tst_lunar SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_lunar.cpp)
motcua_add_test(tst_calendar SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_calendar.cpp)
motcua_add_test(tst_calendar_overrides SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_calendar_overrides.cpp)
# Runs the real motcua-cli: passes once `calendar` is dispatched in app/cli/main.cpp.
motcua_add_test(tst_cli_calendar SOURCES ${CMAKE_CURRENT_LIST_DIR}/../integration/tst_cli_calendar.cpp
    LIBS motcua_test_support)
add_dependencies(tst_cli_calendar motcua-cli)
