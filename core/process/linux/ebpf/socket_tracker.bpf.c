// SPDX-License-Identifier: GPL-2.0-only
/* Flowscope's socket tracker: tells user space which process owns each TCP and UDP socket,
 * from stable tracepoints only (this kernel family may have no kprobes), so that a
 * connection of 1 ms is attributed although it is gone before any snapshot could see it.
 *
 * - sock:inet_sock_set_state: a TCP connect (-> SYN_SENT, in the connecting process) records
 *   the owner; the next state (the port is chosen by then) sends the whole tuple. A listen
 *   (-> LISTEN, in the process) sends the listener. CLOSE forgets the socket.
 * - sock:sock_send_length / sock:sock_recv_length (in the process that sends or receives):
 *   the socket with its tuple, once per socket and owner (a map remembers what was sent), so
 *   the many sends of a busy socket cost one map lookup each. This covers UDP, and accepted
 *   TCP connections, whose owner is the process that reads or writes them.
 * - Before the first socket of a process, its executable's path (dentry names up to the root
 *   of its mount namespace): a process that lived 5 ms is gone before /proc can be read.
 *
 * BTF-typed tracepoints (tp_btf): attached by name, no tracefs needed; CO-RE reads with the
 * minimal kernel types below, relocated against the running kernel's BTF.
 * GPL: the kernel offers these helpers to GPL programs only; user space is unaffected. */
#include <linux/bpf.h>
#include <linux/types.h>

#include <bpf/bpf_core_read.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#include "socket_event.h"

char LICENSE[] SEC("license") = "GPL";

/* The kernel types this program reads, cut to the fields it uses (CO-RE finds each field
 * by name in the running kernel's BTF, wherever it is). */
struct in6_addr {
    union {
        __u8 u6_addr8[16];
    } in6_u;
} __attribute__((preserve_access_index));

struct ns_common {
    unsigned int inum;
} __attribute__((preserve_access_index));

struct net {
    struct ns_common ns;
} __attribute__((preserve_access_index));

typedef struct {
    struct net* net;
} possible_net_t;

struct sock_common {
    possible_net_t skc_net;
    __be32 skc_daddr;
    __be32 skc_rcv_saddr;
    __be16 skc_dport;
    __u16 skc_num;
    unsigned short skc_family;
    struct in6_addr skc_v6_daddr;
    struct in6_addr skc_v6_rcv_saddr;
} __attribute__((preserve_access_index));

struct sock {
    struct sock_common __sk_common;
    __u16 sk_protocol;
} __attribute__((preserve_access_index));

struct qstr {
    const unsigned char* name;
} __attribute__((preserve_access_index));

struct dentry {
    struct dentry* d_parent;
    struct qstr d_name;
} __attribute__((preserve_access_index));

struct vfsmount {
    struct dentry* mnt_root;
} __attribute__((preserve_access_index));

struct mount {
    struct mount* mnt_parent;
    struct dentry* mnt_mountpoint;
    struct vfsmount mnt;
} __attribute__((preserve_access_index));

struct path {
    struct vfsmount* mnt;
    struct dentry* dentry;
} __attribute__((preserve_access_index));

struct file {
    struct path f_path;
} __attribute__((preserve_access_index));

struct mm_struct {
    struct file* exe_file;
} __attribute__((preserve_access_index));

typedef struct {
    __u32 val;
} kuid_t;

struct cred {
    kuid_t euid;
} __attribute__((preserve_access_index));

struct task_struct {
    unsigned int flags;
    struct mm_struct* mm;
    const struct cred* cred;
} __attribute__((preserve_access_index));

#define FS_AF_INET 2
#define FS_AF_INET6 10
#define FS_TCP 6
#define FS_UDP 17
#define FS_TCP_SYN_SENT 2
#define FS_TCP_CLOSE 7
#define FS_TCP_LISTEN 10
#define FS_PF_KTHREAD 0x00200000
/* Loop bound of the path walk: path components plus mount points crossed. */
#define FS_WALK_STEPS (FS_PATH_PARTS + 8)

/* The network namespace whose sockets matter (its inode, set by user space before loading:
 * the one the capture runs in); 0 = every namespace. Sockets of other namespaces (containers)
 * can have the same addresses and ports as ours: they must not be taken for them. */
const volatile __u32 netns_inum = 0;

/* Sized by user space before loading (Settings: the ring size). */
struct {
    __uint(type, BPF_MAP_TYPE_RINGBUF);
    __uint(max_entries, 1 << 20);
} events SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
    __uint(max_entries, FS_STAT_COUNT);
    __type(key, __u32);
    __type(value, __u64);
} stats SEC(".maps");

struct owner {
    __u32 tgid;
    __u32 uid;
    char comm[16];
};

/* TCP sockets between connect() and the state after SYN_SENT: their owner. */
struct {
    __uint(type, BPF_MAP_TYPE_LRU_HASH);
    __uint(max_entries, 4096);
    __type(key, __u64);
    __type(value, struct owner);
} connecting SEC(".maps");

struct seen {
    __u32 tgid;
    __u16 local_port;
    __u16 remote_port;
};

/* What was last sent for a socket (by address): the same again is not sent. */
struct {
    __uint(type, BPF_MAP_TYPE_LRU_HASH);
    __uint(max_entries, 16384);
    __type(key, __u64);
    __type(value, struct seen);
} sent SEC(".maps");

/* Processes whose executable was sent: tgid -> the exe file it was (exec changes it). */
struct {
    __uint(type, BPF_MAP_TYPE_LRU_HASH);
    __uint(max_entries, 4096);
    __type(key, __u32);
    __type(value, __u64);
} described SEC(".maps");

static __always_inline void count(__u32 which) {
    __u64* n = bpf_map_lookup_elem(&stats, &which);
    if (n) {
        *n += 1;
    }
}

static __always_inline void* reserve(__u64 size) {
    void* e = bpf_ringbuf_reserve(&events, size, 0);
    count(e ? FS_STAT_EVENTS : FS_STAT_LOST);
    return e;
}

static __always_inline __u32 current_euid(struct task_struct* task) {
    return BPF_CORE_READ(task, cred, euid.val);
}

static __always_inline int is_kernel_thread(struct task_struct* task) {
    return (BPF_CORE_READ(task, flags) & FS_PF_KTHREAD) != 0;
}

/* Walks from the executable's dentry up to the root, crossing mount points. */
static __always_inline void walk_path(struct fs_process_event* e, struct file* exe) {
    struct dentry* dentry = BPF_CORE_READ(exe, f_path.dentry);
    struct vfsmount* vfs = BPF_CORE_READ(exe, f_path.mnt);
    struct mount* mnt = container_of(vfs, struct mount, mnt);
    e->truncated = 1;
    for (int i = 0; i < FS_WALK_STEPS; i++) {
        struct dentry* parent = BPF_CORE_READ(dentry, d_parent);
        if (dentry == parent || dentry == BPF_CORE_READ(vfs, mnt_root)) {
            struct mount* up = BPF_CORE_READ(mnt, mnt_parent);
            if (up == mnt) {
                e->truncated = 0; /* the root of the namespace */
                return;
            }
            dentry = BPF_CORE_READ(mnt, mnt_mountpoint);
            mnt = up;
            vfs = &up->mnt;
            continue;
        }
        if (e->count >= FS_PATH_PARTS) {
            return;
        }
        const unsigned char* name = BPF_CORE_READ(dentry, d_name.name);
        long n = bpf_probe_read_kernel_str(e->parts[e->count & (FS_PATH_PARTS - 1)], FS_PART_BYTES,
                                           name);
        if (n <= 0 || n >= FS_PART_BYTES) {
            return; /* unreadable, or possibly cut: user space reads /proc instead */
        }
        e->count++;
        dentry = parent;
    }
}

/* The current process's executable, once per process (and again after an exec). */
static __always_inline void describe_current(__u32 tgid) {
    struct task_struct* task = (struct task_struct*)bpf_get_current_task();
    struct file* exe = BPF_CORE_READ(task, mm, exe_file);
    __u64 key = (__u64)exe;
    __u64* known = bpf_map_lookup_elem(&described, &tgid);
    if (!exe || (known && *known == key)) {
        return;
    }
    struct fs_process_event* e = reserve(sizeof(*e));
    if (!e) {
        return;
    }
    e->kind = FS_EVENT_PROCESS;
    e->count = 0;
    e->pad = 0;
    e->tgid = tgid;
    e->uid = current_euid(task);
    bpf_get_current_comm(e->comm, sizeof(e->comm));
    walk_path(e, exe);
    bpf_ringbuf_submit(e, 0);
    bpf_map_update_elem(&described, &tgid, &key, BPF_ANY);
}

/* Reads family, addresses and ports; 0 for a family other than IPv4/IPv6. */
static __always_inline int read_tuple(const struct sock* sk, struct fs_socket_event* e) {
    unsigned short family = BPF_CORE_READ(sk, __sk_common.skc_family);
    e->local_port = BPF_CORE_READ(sk, __sk_common.skc_num);
    e->remote_port = bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));
    __builtin_memset(e->local_addr, 0, sizeof(e->local_addr));
    __builtin_memset(e->remote_addr, 0, sizeof(e->remote_addr));
    if (family == FS_AF_INET) {
        e->family = 4;
        BPF_CORE_READ_INTO((__be32*)e->local_addr, sk, __sk_common.skc_rcv_saddr);
        BPF_CORE_READ_INTO((__be32*)e->remote_addr, sk, __sk_common.skc_daddr);
        return 1;
    }
    if (family == FS_AF_INET6) {
        e->family = 6;
        BPF_CORE_READ_INTO(&e->local_addr, sk, __sk_common.skc_v6_rcv_saddr.in6_u.u6_addr8);
        BPF_CORE_READ_INTO(&e->remote_addr, sk, __sk_common.skc_v6_daddr.in6_u.u6_addr8);
        return 1;
    }
    return 0;
}

/* Sends a socket and its owner unless exactly this was sent for it last. */
static __always_inline void send_socket(const struct sock* sk, __u8 protocol, __u8 socket_kind,
                                        const struct owner* o) {
    struct fs_socket_event* e = reserve(sizeof(*e));
    if (!e) {
        return;
    }
    if (!read_tuple(sk, e) || e->local_port == 0) {
        bpf_ringbuf_discard(e, 0);
        return;
    }
    __u64 key = (__u64)sk;
    struct seen now = {o->tgid, e->local_port, e->remote_port};
    struct seen* before = bpf_map_lookup_elem(&sent, &key);
    if (before && before->tgid == now.tgid && before->local_port == now.local_port &&
        before->remote_port == now.remote_port) {
        bpf_ringbuf_discard(e, 0);
        return;
    }
    e->kind = FS_EVENT_SOCKET;
    e->socket_kind = socket_kind;
    if (socket_kind == FS_SOCKET_CONNECTED && e->remote_port == 0) {
        e->socket_kind = FS_SOCKET_UNCONNECTED;
    }
    e->protocol = protocol;
    e->tgid = o->tgid;
    e->uid = o->uid;
    __builtin_memcpy(e->comm, o->comm, sizeof(e->comm));
    bpf_ringbuf_submit(e, 0);
    bpf_map_update_elem(&sent, &key, &now, BPF_ANY);
}

/* The current process as an owner; 0 in a kernel thread. */
static __always_inline int current_owner(struct owner* o) {
    struct task_struct* task = (struct task_struct*)bpf_get_current_task();
    if (is_kernel_thread(task)) {
        return 0;
    }
    o->tgid = bpf_get_current_pid_tgid() >> 32;
    o->uid = current_euid(task);
    bpf_get_current_comm(o->comm, sizeof(o->comm));
    return 1;
}

static __always_inline int other_namespace(const struct sock* sk) {
    return netns_inum != 0 && BPF_CORE_READ(sk, __sk_common.skc_net.net, ns.inum) != netns_inum;
}

SEC("tp_btf/inet_sock_set_state")
int BPF_PROG(on_state, const struct sock* sk, const int oldstate, const int newstate) {
    if (BPF_CORE_READ(sk, sk_protocol) != FS_TCP || other_namespace(sk)) {
        return 0;
    }
    __u64 key = (__u64)sk;
    struct owner o = {};
    if (newstate == FS_TCP_SYN_SENT) {
        if (current_owner(&o)) {
            describe_current(o.tgid);
            bpf_map_update_elem(&connecting, &key, &o, BPF_ANY);
        }
    } else if (oldstate == FS_TCP_SYN_SENT) {
        struct owner* known = bpf_map_lookup_elem(&connecting, &key);
        if (known) {
            o = *known;
            bpf_map_delete_elem(&connecting, &key);
            send_socket(sk, FS_TCP, FS_SOCKET_CONNECTED, &o);
        }
    } else if (newstate == FS_TCP_LISTEN) {
        if (current_owner(&o)) {
            describe_current(o.tgid);
            send_socket(sk, FS_TCP, FS_SOCKET_LISTENING, &o);
        }
    }
    if (newstate == FS_TCP_CLOSE) {
        bpf_map_delete_elem(&sent, &key);
        bpf_map_delete_elem(&connecting, &key);
    }
    return 0;
}

static __always_inline int on_data(const struct sock* sk) {
    __u16 protocol = BPF_CORE_READ(sk, sk_protocol);
    if ((protocol != FS_TCP && protocol != FS_UDP) || other_namespace(sk)) {
        return 0;
    }
    struct owner o = {};
    if (!current_owner(&o)) {
        return 0;
    }
    __u64 key = (__u64)sk;
    struct seen* before = bpf_map_lookup_elem(&sent, &key);
    if (before && before->tgid == o.tgid &&
        before->local_port == BPF_CORE_READ(sk, __sk_common.skc_num) &&
        before->remote_port == bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport))) {
        return 0; /* the common case: already known, nothing to send */
    }
    describe_current(o.tgid);
    send_socket(sk, (__u8)protocol, FS_SOCKET_CONNECTED, &o);
    return 0;
}

SEC("tp_btf/sock_send_length")
int BPF_PROG(on_send, struct sock* sk, int ret, int flags) {
    return on_data(sk);
}

SEC("tp_btf/sock_recv_length")
int BPF_PROG(on_recv, struct sock* sk, int ret, int flags) {
    return on_data(sk);
}
