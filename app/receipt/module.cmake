# Receipt ("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"): layout, PDF and QR code. QtGui only (no
# widgets): the GUI prints the same layout through QPrinter with ReceiptRenderer::paint().
# Debian: libqrencode-dev, and fonts-dejavu-core at run time (docs/receipt.md).
find_package(Qt6 REQUIRED COMPONENTS Gui)
find_package(PkgConfig REQUIRED)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)

target_sources(motcua_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/QrCode.cpp ${CMAKE_CURRENT_LIST_DIR}/QrCode.h
    ${CMAKE_CURRENT_LIST_DIR}/Receipt.h
    ${CMAKE_CURRENT_LIST_DIR}/ReceiptFlow.cpp ${CMAKE_CURRENT_LIST_DIR}/ReceiptFlow.h
    ${CMAKE_CURRENT_LIST_DIR}/ReceiptLabels.cpp ${CMAKE_CURRENT_LIST_DIR}/ReceiptLabels.h
    ${CMAKE_CURRENT_LIST_DIR}/ReceiptRenderer.cpp ${CMAKE_CURRENT_LIST_DIR}/ReceiptRenderer.h
    ${CMAKE_CURRENT_LIST_DIR}/ReceiptSections.cpp ${CMAKE_CURRENT_LIST_DIR}/ReceiptSections.h)
target_link_libraries(motcua_core PRIVATE PkgConfig::QRENCODE Qt6::Gui)
# `motcua-cli dossier receipt` draws receipts: it creates a QGuiApplication (offscreen platform).
target_link_libraries(motcua-cli PRIVATE Qt6::Gui)
