# Personal data at rest (issue 7): sealed scans. Included from tests/CMakeLists.txt.
motcua_add_test(tst_scan_sealing SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_scan_sealing.cpp
    LIBS motcua_test_support Qt6::Gui)
# Encrypted backups and their restore (docs/backup.md).
motcua_add_test(tst_backup SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_backup.cpp LIBS motcua_test_support)
