# Crash consistency (included from tests/CMakeLists.txt): tst_crash kills motcua-crash-saver, a
# child that saves dossiers with scans in a loop, at random instants and audits the store after
# each kill. The child is a test tool: built next to the other test binaries, never installed.
qt_add_executable(motcua-crash-saver ${CMAKE_CURRENT_LIST_DIR}/crash_saver.cpp)
target_link_libraries(motcua-crash-saver PRIVATE motcua_core Qt6::Gui)
set_target_properties(motcua-crash-saver PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)

motcua_add_test(tst_crash
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_crash.cpp
            ${CMAKE_CURRENT_LIST_DIR}/CrashAudit.cpp ${CMAKE_CURRENT_LIST_DIR}/CrashAudit.h
    LIBS motcua_test_support)
add_dependencies(tst_crash motcua-crash-saver)
