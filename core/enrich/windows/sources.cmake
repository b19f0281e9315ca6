# core/enrich on Windows: the reverse DNS client uses POSIX sockets and poll(); until it has a
# Winsock port, windows/reverse_dns_resolver.cpp replaces it (start() explains, in one
# sentence, that reverse DNS is unavailable). Everything else in core/enrich is portable.
list(FILTER enrich_srcs EXCLUDE REGEX "/enrich/reverse_dns_(resolver|socket)\\.cpp$")
list(APPEND enrich_srcs ${CMAKE_CURRENT_LIST_DIR}/reverse_dns_resolver.cpp)
