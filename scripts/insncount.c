/*
 * A plugin for qemu-user (QEMU 7.2's TCG plugin API, version 1) that counts the guest
 * instructions a program executes, over all its threads, and writes the total when it exits:
 *
 *     qemu-x86_64 -plugin ./insncount.so,out=FILE PROGRAM ARGS...
 *
 * writes "instructions: N" to FILE (to standard error without `out=`). Each translated block
 * adds its instruction count to its thread's counter whenever it runs. Instruction counts,
 * unlike times, do not depend on what else the machine is doing, so two builds can be
 * compared on a shared machine without hardware counters.
 *
 * The API is declared here rather than included, as Debian ships qemu-user without
 * <qemu-plugin.h>; the declarations are the header's.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef uint64_t qemu_plugin_id_t;
typedef struct qemu_info_t qemu_info_t;
struct qemu_plugin_tb;

enum qemu_plugin_cb_flags { QEMU_PLUGIN_CB_NO_REGS };

typedef void (*qemu_plugin_vcpu_tb_trans_cb_t)(qemu_plugin_id_t id, struct qemu_plugin_tb *tb);
typedef void (*qemu_plugin_vcpu_udata_cb_t)(unsigned int vcpu_index, void *userdata);
typedef void (*qemu_plugin_udata_cb_t)(qemu_plugin_id_t id, void *userdata);

void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id, qemu_plugin_vcpu_tb_trans_cb_t cb);
void qemu_plugin_register_vcpu_tb_exec_cb(
    struct qemu_plugin_tb *tb, qemu_plugin_vcpu_udata_cb_t cb, enum qemu_plugin_cb_flags flags, void *userdata);
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id, qemu_plugin_udata_cb_t cb, void *userdata);

/* The plugin API version this plugin was written against; QEMU refuses plugins it cannot load. */
__attribute__((visibility("default"))) int qemu_plugin_version = 1;

/*
 * One counter per thread: qemu-user gives each live thread its own vCPU index, the lowest free
 * one, so threads never add to one counter at once. Past the table, indexes share counters and
 * add atomically.
 */
#define COUNTERS 1024
static uint64_t counts[COUNTERS];
static const char *out_path;

static void block_executed(unsigned int vcpu_index, void *instructions)
{
    uint64_t n = (uintptr_t)instructions;
    if (vcpu_index < COUNTERS) {
        counts[vcpu_index] += n;
    } else {
        __atomic_fetch_add(&counts[vcpu_index % COUNTERS], n, __ATOMIC_RELAXED);
    }
}

static void block_translated(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    size_t instructions = qemu_plugin_tb_n_insns(tb);
    qemu_plugin_register_vcpu_tb_exec_cb(tb, block_executed, QEMU_PLUGIN_CB_NO_REGS, (void *)(uintptr_t)instructions);
}

static void program_exited(qemu_plugin_id_t id, void *userdata)
{
    uint64_t total = 0;
    for (int i = 0; i < COUNTERS; i++) {
        total += __atomic_load_n(&counts[i], __ATOMIC_RELAXED);
    }
    FILE *out = out_path ? fopen(out_path, "w") : stderr;
    if (!out) {
        fprintf(stderr, "insncount: cannot write %s\n", out_path);
        return;
    }
    fprintf(out, "instructions: %llu\n", (unsigned long long)total);
    if (out != stderr) {
        fclose(out);
    }
}

__attribute__((visibility("default"))) int qemu_plugin_install(
    qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv)
{
    for (int i = 0; i < argc; i++) {
        if (strncmp(argv[i], "out=", 4) == 0) {
            out_path = argv[i] + 4;
        } else {
            fprintf(stderr, "insncount: unknown argument %s (the only one is out=FILE)\n", argv[i]);
            return -1;
        }
    }
    qemu_plugin_register_vcpu_tb_trans_cb(id, block_translated);
    qemu_plugin_register_atexit_cb(id, program_exited, NULL);
    return 0;
}
