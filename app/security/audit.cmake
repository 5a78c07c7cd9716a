# The tamper-evident audit log (docs/audit.md) and `motcua-cli audit`. Included by
# app/security/module.cmake.
target_sources(motcua_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AuditKind.cpp ${CMAKE_CURRENT_LIST_DIR}/AuditKind.h
    ${CMAKE_CURRENT_LIST_DIR}/AuditEntry.h
    ${CMAKE_CURRENT_LIST_DIR}/AuditChain.cpp ${CMAKE_CURRENT_LIST_DIR}/AuditChain.h
    ${CMAKE_CURRENT_LIST_DIR}/AuditKey.cpp ${CMAKE_CURRENT_LIST_DIR}/AuditKey.h
    ${CMAKE_CURRENT_LIST_DIR}/AuditRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/AuditRepository.h
    ${CMAKE_CURRENT_LIST_DIR}/AuditLog.cpp ${CMAKE_CURRENT_LIST_DIR}/AuditLog.h
    ${CMAKE_CURRENT_LIST_DIR}/AuditVerifier.cpp ${CMAKE_CURRENT_LIST_DIR}/AuditVerifier.h)
target_sources(motcua-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../cli/AuditCommand.cpp)
target_sources(motcua_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Audit.cpp ${CMAKE_CURRENT_LIST_DIR}/Audit.h)
