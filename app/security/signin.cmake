# Clerk sign-in: online against the provincial system, the session and an offline verifier
# (Argon2id) in the keychain. Included by app/security/module.cmake.
target_sources(motcua_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ClerkIdentity.h
    ${CMAKE_CURRENT_LIST_DIR}/ClerkSignIn.cpp ${CMAKE_CURRENT_LIST_DIR}/ClerkSignIn.h
    ${CMAKE_CURRENT_LIST_DIR}/OfflineRecord.cpp ${CMAKE_CURRENT_LIST_DIR}/OfflineRecord.h
    ${CMAKE_CURRENT_LIST_DIR}/PasswordHash.cpp ${CMAKE_CURRENT_LIST_DIR}/PasswordHash.h
    ${CMAKE_CURRENT_LIST_DIR}/SignInErrors.cpp ${CMAKE_CURRENT_LIST_DIR}/SignInErrors.h)
# Argon2 runs through QtConcurrent, off the caller's (GUI) thread.
target_link_libraries(motcua_core PUBLIC Qt6::Concurrent)
