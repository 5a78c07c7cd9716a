# Issue 7: the Vault, the sealing of a store's personal data and the retention purge.
motcua_add_test(tst_vault SOURCES unit/tst_vault.cpp LIBS motcua_test_support)
