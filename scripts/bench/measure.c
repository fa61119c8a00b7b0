/* measure RESULT-FILE COMMAND [ARG...]: runs COMMAND as /usr/bin/time would and writes
 * "wall-seconds peak-KiB user-seconds system-seconds" to RESULT-FILE; exits with COMMAND's
 * status (128 + the signal if a signal ended it).
 *
 * Why not Python's own wait4(2): a process started from the bench driver inherits the
 * driver's resident set size as its peak (Linux carries the parent's peak RSS through
 * vfork and exec), so a 22 MiB build measured from a 300 MiB driver reported 300 MiB. This
 * program is small, and the command is its fork, so the peak it reports is the command's.
 * Wall time runs from just before the fork to the reaping. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double seconds(struct timespec t) { return (double)t.tv_sec + (double)t.tv_nsec / 1e9; }
static double cpu(struct timeval t) { return (double)t.tv_sec + (double)t.tv_usec / 1e6; }

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: measure RESULT-FILE COMMAND [ARG...]\n");
        return 2;
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t child = fork();
    if (child < 0) {
        perror("measure: fork");
        return 2;
    }
    if (child == 0) {
        execvp(argv[2], argv + 2);
        perror("measure: exec");
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    if (wait4(child, &status, 0, &usage) < 0) {
        perror("measure: wait4");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    FILE *result = fopen(argv[1], "w");
    if (result == NULL) {
        perror(argv[1]);
        return 2;
    }
    fprintf(result, "%.4f %ld %.2f %.2f\n", seconds(end) - seconds(start), usage.ru_maxrss,
            cpu(usage.ru_utime), cpu(usage.ru_stime));
    if (fclose(result) != 0) {
        perror(argv[1]);
        return 2;
    }
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}
