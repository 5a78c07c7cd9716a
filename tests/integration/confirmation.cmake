# The citizen's own confirmation of a dossier, against the real simulator.
motcua_add_test(tst_confirmation SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_confirmation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConfirmationFixture.h LIBS motcua_test_support)
add_dependencies(tst_confirmation motcua-provincial-sim)
