# The supervisor's day-end view (docs/reports.md, "Day-end view"). Included from module.cmake.
target_sources(motcua_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DayEnd.cpp ${CMAKE_CURRENT_LIST_DIR}/DayEnd.h
    ${CMAKE_CURRENT_LIST_DIR}/DayEndPdf.cpp ${CMAKE_CURRENT_LIST_DIR}/DayEndPdf.h)
