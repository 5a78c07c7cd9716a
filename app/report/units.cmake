# Administrative units as data and imported dossier history (docs/units-and-import.md).
# Included by app/report/module.cmake.
target_sources(motcua_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AdminUnit.cpp ${CMAKE_CURRENT_LIST_DIR}/AdminUnit.h
    ${CMAKE_CURRENT_LIST_DIR}/AdminUnitCheck.cpp ${CMAKE_CURRENT_LIST_DIR}/AdminUnitCheck.h
    ${CMAKE_CURRENT_LIST_DIR}/UnitCsv.cpp ${CMAKE_CURRENT_LIST_DIR}/UnitCsv.h
    ${CMAKE_CURRENT_LIST_DIR}/UnitRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/UnitRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportRecord.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportRecord.h
    ${CMAKE_CURRENT_LIST_DIR}/DossierImport.cpp ${CMAKE_CURRENT_LIST_DIR}/DossierImport.h
    ${CMAKE_CURRENT_LIST_DIR}/DossierImportWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DossierImportWriter.h)
# Lines of a history file are parsed in parallel chunks.
target_link_libraries(motcua_core PRIVATE Qt6::Concurrent)
# The sample list, for demonstrations and tests: `motcua-cli units import` loads it, the store
# never does on its own.
qt_add_resources(motcua_core "motcua_units"
    PREFIX "/units" BASE ${PROJECT_SOURCE_DIR}/resources/units
    FILES ${PROJECT_SOURCE_DIR}/resources/units/sample-units.csv)
target_sources(motcua-cli PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../cli/UnitsCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../cli/ImportCommand.cpp)
