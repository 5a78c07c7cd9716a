# Encrypted backups and restore of the desk (docs/backup.md), and the CLI commands for them and
# for the keys' recovery code. Included by app/security/module.cmake.
target_sources(motcua_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Backup.cpp ${CMAKE_CURRENT_LIST_DIR}/Backup.h
    ${CMAKE_CURRENT_LIST_DIR}/BackupHeader.cpp ${CMAKE_CURRENT_LIST_DIR}/BackupHeader.h
    ${CMAKE_CURRENT_LIST_DIR}/BackupRestore.cpp ${CMAKE_CURRENT_LIST_DIR}/BackupRestore.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretStreamReader.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretStreamReader.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretStreamWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretStreamWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/StoreInspection.cpp ${CMAKE_CURRENT_LIST_DIR}/StoreInspection.h)
target_sources(motcua-cli PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../cli/BackupCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/KeysCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../cli/CliKeys.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/CliKeys.h)
