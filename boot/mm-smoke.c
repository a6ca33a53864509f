// SPDX-License-Identifier: GPL-2.0
/*
 * mm-smoke - exercise the page-table paths the pte-opaque series touches.
 *
 * Runs as the only program of a tiny initramfs under qemu: maps, writes,
 * forks (copy-on-write), protects, remaps, madvises and unmaps memory, and
 * checks every byte it reads back.  Prints one line per check and a last
 * line "mm-smoke: N passed, N failed"; exits non-zero on any failure.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef MADV_COLD
#define MADV_COLD 20
#endif
#ifndef MADV_PAGEOUT
#define MADV_PAGEOUT 21
#endif

static long page;
static int passed, failed;

static void check(int ok, const char *what)
{
	printf("mm-smoke: %s %s\n", ok ? "PASS" : "FAIL", what);
	if (ok)
		passed++;
	else
		failed++;
}

static void fill(unsigned char *p, size_t len, unsigned char seed)
{
	for (size_t i = 0; i < len; i++)
		p[i] = (unsigned char)(seed + i * 7);
}

/* Does P hold bytes FROM..FROM+LEN of the pattern fill() wrote? */
static int same_from(const unsigned char *p, size_t len, unsigned char seed,
		     size_t from)
{
	for (size_t i = 0; i < len; i++)
		if (p[i] != (unsigned char)(seed + (from + i) * 7))
			return 0;
	return 1;
}

static int same(const unsigned char *p, size_t len, unsigned char seed)
{
	return same_from(p, len, seed, 0);
}

static int zero(const unsigned char *p, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (p[i])
			return 0;
	return 1;
}

static sigjmp_buf fault_jmp;

static void on_segv(int sig)
{
	(void)sig;
	siglongjmp(fault_jmp, 1);
}

/* Does a write to P fault? */
static int write_faults(volatile unsigned char *p)
{
	struct sigaction sa = { .sa_handler = on_segv }, old;
	int faulted = 0;

	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, &old);
	if (sigsetjmp(fault_jmp, 1))
		faulted = 1;
	else
		*p = 1;
	sigaction(SIGSEGV, &old, NULL);
	return faulted;
}

static void anonymous_and_fork(void)
{
	size_t len = 64 * page;
	unsigned char *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int status;
	pid_t pid;

	check(p != MAP_FAILED, "anonymous mmap");
	if (p == MAP_FAILED)
		return;
	check(zero(p, len), "anonymous pages read as zero");
	fill(p, len, 1);
	check(same(p, len, 1), "anonymous pages keep what was written");

	pid = fork();
	if (pid == 0) {
		int ok = same(p, len, 1);

		fill(p, len, 2);	/* copy-on-write in the child */
		_exit(ok && same(p, len, 2) ? 0 : 1);
	}
	check(pid > 0 && waitpid(pid, &status, 0) == pid &&
	      WIFEXITED(status) && WEXITSTATUS(status) == 0,
	      "fork: the child sees the parent's data and writes its own copy");
	check(same(p, len, 1), "fork: the parent's pages are unchanged (copy-on-write)");

	check(mprotect(p, len, PROT_READ) == 0, "mprotect read-only");
	check(write_faults(p + page), "a write to a read-only page faults");
	check(same(p, len, 1), "read-only pages still read back");
	check(mprotect(p, len, PROT_READ | PROT_WRITE) == 0 && !write_faults(p + page),
	      "mprotect read-write again");
	p[page] = (unsigned char)(1 + page * 7);

	check(madvise(p, 8 * page, MADV_DONTNEED) == 0 && zero(p, 8 * page) &&
	      same_from(p + 8 * page, len - 8 * page, 1, 8 * page),
	      "MADV_DONTNEED zaps exactly its range");
	fill(p, len, 1);
	if (madvise(p, len, MADV_COLD) == 0 || errno == EINVAL)
		check(same(p, len, 1), "MADV_COLD keeps the data");
	if (madvise(p, len, MADV_PAGEOUT) == 0 || errno == EINVAL)
		check(same(p, len, 1), "MADV_PAGEOUT keeps the data");

	unsigned char *q = mremap(p, len, 2 * len, MREMAP_MAYMOVE);

	check(q != MAP_FAILED && same(q, len, 1) && zero(q + len, len),
	      "mremap grows and keeps the data");
	if (q == MAP_FAILED)
		return;
	unsigned char *r = mmap(NULL, 4 * len, PROT_NONE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *moved = mremap(q, 2 * len, 2 * len,
				      MREMAP_MAYMOVE | MREMAP_FIXED, r + len);

	check(moved == r + len && same(moved, len, 1),
	      "mremap moves the page tables to a fixed address");
	check(munmap(moved, page) == 0 && same_from(moved + page, len - page, 1, page),
	      "munmap of one page leaves the rest");
	check(munmap(r, 4 * len) == 0, "munmap of the whole range");
}

/*
 * Anonymous memory written before it is ever read, so that a fault may map
 * a large folio (with 64 KiB THP on, which boot/init turns on, arm64 maps
 * it with contiguous PTEs), then changed one page at a time: copy-on-write
 * of one page, mprotect, MADV_DONTNEED and munmap of a single page split
 * the contiguous range.
 */
static void written_first(void)
{
	size_t len = 64 * page, mid = 21 * page;
	unsigned char *map = mmap(NULL, 2 * len, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *p;
	int status;
	pid_t pid;

	check(map != MAP_FAILED, "anonymous mmap, written before it is read");
	if (map == MAP_FAILED)
		return;
	p = map + (len - (size_t)map % len) % len;	/* aligned to LEN */
	fill(p, len, 4);
	check(same(p, len, 4), "pages written first keep what was written");

	pid = fork();
	if (pid == 0) {
		int ok = same(p, len, 4);

		p[mid] ^= 0xff;		/* copy-on-write of one page */
		_exit(ok && same(p, mid, 4) &&
		      same_from(p + mid + 1, len - mid - 1, 4, mid + 1) ? 0 : 1);
	}
	check(pid > 0 && waitpid(pid, &status, 0) == pid &&
	      WIFEXITED(status) && WEXITSTATUS(status) == 0,
	      "fork: the child writes one page of a large mapping");
	check(same(p, len, 4), "fork: the parent's large mapping is unchanged");

	check(mprotect(p + mid, page, PROT_READ) == 0 && write_faults(p + mid) &&
	      same(p, len, 4), "mprotect of one page inside a large mapping");
	check(mprotect(p + mid, page, PROT_READ | PROT_WRITE) == 0,
	      "mprotect of that page read-write again");
	check(madvise(p + mid, page, MADV_DONTNEED) == 0 && zero(p + mid, page) &&
	      same(p, mid, 4) && same_from(p + mid + page, len - mid - page, 4, mid + page),
	      "MADV_DONTNEED of one page inside a large mapping");
	check(munmap(p + mid, page) == 0 && same(p, mid, 4) &&
	      same_from(p + mid + page, len - mid - page, 4, mid + page),
	      "munmap of one page inside a large mapping");
	check(munmap(map, 2 * len) == 0, "munmap of the large mapping");
}

static void shared_file(void)
{
	size_t len = 16 * page;
	int fd = open("/tmp/mm-smoke.data", O_RDWR | O_CREAT | O_TRUNC, 0600);
	unsigned char *a, *b;

	check(fd >= 0 && ftruncate(fd, len) == 0, "create a tmpfs file");
	if (fd < 0)
		return;
	a = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	b = mmap(NULL, len, PROT_READ, MAP_SHARED, fd, 0);
	check(a != MAP_FAILED && b != MAP_FAILED, "two shared mappings of the file");
	if (a == MAP_FAILED || b == MAP_FAILED)
		return;
	fill(a, len, 3);
	check(same(b, len, 3), "a write through one mapping shows in the other");
	check(msync(a, len, MS_SYNC) == 0, "msync");
	check(madvise(a, len, MADV_DONTNEED) == 0 && same(a, len, 3),
	      "MADV_DONTNEED on a shared mapping keeps the file's data");
	munmap(a, len);
	munmap(b, len);
	close(fd);
	unlink("/tmp/mm-smoke.data");
}

int main(void)
{
	page = sysconf(_SC_PAGESIZE);
	setvbuf(stdout, NULL, _IOLBF, 0);
	anonymous_and_fork();
	written_first();
	shared_file();
	printf("mm-smoke: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
