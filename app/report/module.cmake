# Administrative units, imported history and the online-rate report (docs/reports.md).
# Included from app/CMakeLists.txt; each part keeps its own list.
include(${CMAKE_CURRENT_LIST_DIR}/units.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/report.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/dayend.cmake OPTIONAL)
