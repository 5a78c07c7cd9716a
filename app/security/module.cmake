# Security (docs/security.md): secrets in the OS keychain, personal data sealed at rest, clerk
# sign-in and the tamper-evident audit log. Included from app/CMakeLists.txt; each part keeps its
# own list.
target_link_libraries(motcua_core PUBLIC qt6keychain PkgConfig::sodium)
include(${CMAKE_CURRENT_LIST_DIR}/secrets.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/vault.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/audit.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/signin.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/backup.cmake OPTIONAL)
