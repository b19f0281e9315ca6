/* What the socket tracker's BPF program (socket_tracker.bpf.c) sends to user space through
 * its ring buffer, shared by both sides. Plain C with fixed-size fields: the kernel side
 * writes it, core/process/linux/socket_tracker.cpp decodes it (checking every length). */
#ifndef FLOWSCOPE_SOCKET_EVENT_H
#define FLOWSCOPE_SOCKET_EVENT_H

#ifdef __bpf__
#include <linux/types.h>
typedef __u8 fs_u8;
typedef __u16 fs_u16;
typedef __u32 fs_u32;
typedef __u64 fs_u64;
#else
#include <stdint.h>
typedef uint8_t fs_u8;
typedef uint16_t fs_u16;
typedef uint32_t fs_u32;
typedef uint64_t fs_u64;
#endif

enum fs_event_kind {
    FS_EVENT_SOCKET = 1,  /* a socket with its tuple and owner (struct fs_socket_event) */
    FS_EVENT_PROCESS = 2, /* a process's executable path (struct fs_process_event) */
};

enum fs_socket_kind {
    FS_SOCKET_CONNECTED = 1,   /* both endpoints known (TCP after connect/accept, UDP connect) */
    FS_SOCKET_LISTENING = 2,   /* TCP listener: remote is zero */
    FS_SOCKET_UNCONNECTED = 3, /* UDP socket without a peer: remote is zero */
};

struct fs_socket_event {
    fs_u8 kind; /* FS_EVENT_SOCKET */
    fs_u8 socket_kind;
    fs_u8 protocol; /* 6 or 17 */
    fs_u8 family;   /* 4 or 6 */
    fs_u32 tgid;    /* the process (thread group) */
    fs_u32 uid;
    fs_u16 local_port; /* host byte order */
    fs_u16 remote_port;
    fs_u8 local_addr[16]; /* IPv4: the first 4 bytes */
    fs_u8 remote_addr[16];
    char comm[16]; /* the thread's name, NUL-terminated */
};

/* A path of up to FS_PATH_PARTS components, each cut at FS_PART_BYTES - 1 bytes (a longer
 * one sets truncated: user space then reads /proc instead). parts[0] is the file's own name,
 * parts[count - 1] the top directory. */
#define FS_PATH_PARTS 16
#define FS_PART_BYTES 64

struct fs_process_event {
    fs_u8 kind; /* FS_EVENT_PROCESS */
    fs_u8 count;
    fs_u8 truncated;
    fs_u8 pad;
    fs_u32 tgid;
    fs_u32 uid;
    char comm[16];
    char parts[FS_PATH_PARTS][FS_PART_BYTES];
};

/* Counters in the per-CPU stats array, by index. */
enum fs_stat {
    FS_STAT_EVENTS = 0, /* events written to the ring */
    FS_STAT_LOST = 1,   /* events dropped: the ring was full */
    FS_STAT_COUNT = 2,
};

#endif
