# Importing dossier history: a million JSONL records into a fresh store (docs/units-and-import.md).
qt_add_executable(bench_import ${CMAKE_CURRENT_LIST_DIR}/bench_import.cpp)
target_link_libraries(bench_import PRIVATE motcua_core)
