# The OS keychain behind the SecretStore interface. Included by app/security/module.cmake.
target_sources(motcua_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SecretStore.h
    ${CMAKE_CURRENT_LIST_DIR}/KeychainStore.cpp ${CMAKE_CURRENT_LIST_DIR}/KeychainStore.h)
