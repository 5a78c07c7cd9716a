# One INTERFACE target carries the flags every motcua target shares.
add_library(motcua_flags INTERFACE)
target_compile_features(motcua_flags INTERFACE cxx_std_23)
target_compile_definitions(motcua_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_compile_options(motcua_flags INTERFACE
    -Wall -Wextra -pedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -fstack-protector-strong
    $<$<BOOL:${MOTCUA_WERROR}>:-Werror>)
target_link_options(motcua_flags INTERFACE -Wl,-z,relro -Wl,-z,now)
