# Names (core/enrich): the parsers of untrusted bytes that the name learner and the reverse
# DNS client run on captured traffic and on DNS answers. Seeds are payloads of real frames of
# tests/data/pcap (see tests/data/SOURCES.md, "Name learning").
# Run: dns_fuzzer NEW_CORPUS_DIR fuzz/corpus/dns -max_total_time=60
flowscope_fuzzer(dns_fuzzer enrich_names_dns_fuzzer.cpp enrich)
# Run: tls_client_hello_fuzzer NEW_CORPUS_DIR fuzz/corpus/tls_client_hello -max_total_time=60
flowscope_fuzzer(tls_client_hello_fuzzer enrich_names_tls_fuzzer.cpp enrich)
# Run: http_host_fuzzer NEW_CORPUS_DIR fuzz/corpus/http_host -max_total_time=60
flowscope_fuzzer(http_host_fuzzer enrich_names_http_fuzzer.cpp enrich)
