# Receipt: QR code structure, PDF content (poppler-utils: pdftotext, pdfinfo, pdffonts), atomic
# writes, pagination. Needs fonts-dejavu-core and poppler-utils (Debian).
motcua_add_test(tst_receipt SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_receipt.cpp LIBS Qt6::Gui)
