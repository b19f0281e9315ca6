# core/enrich on Windows: the reverse DNS resolver's sockets are Winsock ones
# (windows/reverse_dns_socket.cpp replaces the POSIX ../reverse_dns_socket.cpp); everything
# else in core/enrich is portable.
list(FILTER enrich_srcs EXCLUDE REGEX "/enrich/reverse_dns_socket\\.cpp$")
list(APPEND enrich_srcs ${CMAKE_CURRENT_LIST_DIR}/reverse_dns_socket.cpp)
