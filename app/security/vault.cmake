# The store's keys and the sealing of personal data. Included by app/security/module.cmake.
target_sources(motcua_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DeskKeyring.cpp ${CMAKE_CURRENT_LIST_DIR}/DeskKeyring.h
    ${CMAKE_CURRENT_LIST_DIR}/Vault.cpp ${CMAKE_CURRENT_LIST_DIR}/Vault.h)
target_sources(motcua_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/StoreUnlock.cpp ${CMAKE_CURRENT_LIST_DIR}/StoreUnlock.h
    ${CMAKE_CURRENT_LIST_DIR}/../store/Sealing.h)
