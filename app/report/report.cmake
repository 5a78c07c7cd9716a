# The online-rate report (docs/reports.md): service, CSV and XLSX export, `motcua-cli report`.
# Included from module.cmake.
find_package(PkgConfig REQUIRED)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET GLOBAL xlsxwriter)
target_sources(motcua_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Report.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportActivations.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportActivations.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportCsv.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportCsv.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportService.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportService.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportSatisfaction.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportSatisfaction.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportStatement.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportStatement.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportTrend.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportTrend.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportXlsx.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportXlsx.h)
target_link_libraries(motcua_core PRIVATE PkgConfig::XLSXWRITER)
target_sources(motcua-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../cli/ReportCommand.cpp)
