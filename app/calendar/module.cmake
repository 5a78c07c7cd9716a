# Working days, public holidays, the Vietnamese lunar calendar and due dates (docs/calendar.md).
# Included from app/CMakeLists.txt.
target_sources(motcua_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/LunarCalendar.cpp ${CMAKE_CURRENT_LIST_DIR}/LunarCalendar.h
    ${CMAKE_CURRENT_LIST_DIR}/HolidayRules.cpp ${CMAKE_CURRENT_LIST_DIR}/HolidayRules.h
    ${CMAKE_CURRENT_LIST_DIR}/CalendarOverrides.cpp ${CMAKE_CURRENT_LIST_DIR}/CalendarOverrides.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkCalendar.cpp ${CMAKE_CURRENT_LIST_DIR}/WorkCalendar.h
    ${CMAKE_CURRENT_LIST_DIR}/CalendarInstall.cpp ${CMAKE_CURRENT_LIST_DIR}/CalendarInstall.h)
target_sources(motcua-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../cli/CalendarCommand.cpp)

# Official lists of days off shipped with motcua, one file per year (none yet: see
# resources/calendar/README.md). CalendarOverrides::bundled() reads them from :/calendar.
set(calendar_res ${PROJECT_SOURCE_DIR}/resources/calendar)
file(GLOB calendar_files CONFIGURE_DEPENDS ${calendar_res}/*.json)
if(calendar_files)
    qt_add_resources(motcua_core "motcua_calendar"
        PREFIX "/calendar" BASE ${calendar_res} FILES ${calendar_files})
endif()
