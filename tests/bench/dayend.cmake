# The day-end summary on a 50,000-dossier desk store (docs/performance.md). Included by
# tests/bench/CMakeLists.txt.
qt_add_executable(bench_dayend ${CMAKE_CURRENT_LIST_DIR}/bench_dayend.cpp ${CMAKE_CURRENT_LIST_DIR}/BenchStore.h)
target_link_libraries(bench_dayend PRIVATE motcua_core)
