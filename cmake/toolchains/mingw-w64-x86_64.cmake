# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (g++-mingw-w64-x86-64-posix: the
# posix thread model, which std::thread and std::mutex need). Used by tools/cross_windows.sh:
#   cmake -S . -B build-win -G Ninja -DFLOWSCOPE_PORTABLE_ONLY=ON \
#         -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/mingw-w64-x86_64.cmake
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(FLOWSCOPE_MINGW_PREFIX x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${FLOWSCOPE_MINGW_PREFIX}-gcc-posix)
set(CMAKE_CXX_COMPILER ${FLOWSCOPE_MINGW_PREFIX}-g++-posix)
set(CMAKE_RC_COMPILER ${FLOWSCOPE_MINGW_PREFIX}-windres)

set(CMAKE_FIND_ROOT_PATH /usr/${FLOWSCOPE_MINGW_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Self-contained executables: no libstdc++/libgcc/libwinpthread DLLs to ship or to find
# under wine.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")

# ctest runs the test executables through wine when it is installed.
find_program(FLOWSCOPE_WINE wine)
if(FLOWSCOPE_WINE)
    set(CMAKE_CROSSCOMPILING_EMULATOR ${FLOWSCOPE_WINE})
endif()
