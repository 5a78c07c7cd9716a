# The online-rate report over a million dossiers (docs/performance.md). Included by
# tests/bench/CMakeLists.txt.
qt_add_executable(bench_report ${CMAKE_CURRENT_LIST_DIR}/bench_report.cpp ${CMAKE_CURRENT_LIST_DIR}/BenchStore.h)
target_link_libraries(bench_report PRIVATE motcua_core SQLite::SQLite3)
