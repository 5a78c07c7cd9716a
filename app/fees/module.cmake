# Fees: fee policy files (docs/fees.md) and the fee calculator. Included by app/CMakeLists.txt.
target_sources(motcua_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FeeCalculator.cpp ${CMAKE_CURRENT_LIST_DIR}/FeeCalculator.h
    ${CMAKE_CURRENT_LIST_DIR}/FeeJsonReader.cpp ${CMAKE_CURRENT_LIST_DIR}/FeeJsonReader.h
    ${CMAKE_CURRENT_LIST_DIR}/FeePolicy.cpp ${CMAKE_CURRENT_LIST_DIR}/FeePolicy.h
    ${CMAKE_CURRENT_LIST_DIR}/FeePolicyParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FeePolicyInstall.cpp ${CMAKE_CURRENT_LIST_DIR}/FeePolicyInstall.h)
qt_add_resources(motcua_core "motcua_fees"
    PREFIX "/fees" BASE ${PROJECT_SOURCE_DIR}/resources/fees
    FILES ${PROJECT_SOURCE_DIR}/resources/fees/sample-policy.json)
target_sources(motcua-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../cli/FeesCommand.cpp)
