# Warnings are errors for everything Flowscope compiles.
function(flowscope_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
endfunction()
