// SPDX-License-Identifier: GPL-2.0
/*
 * init - the whole userspace of boot-test's initramfs, besides mm-smoke.
 *
 * Mounts the pseudo file systems mm-smoke needs, prints the kernel's
 * version, turns on 64 KiB anonymous THP where the kernel has it (6.8 and
 * later), runs /bin/mm-smoke, prints its exit status and how many 64 KiB
 * folios its faults allocated, and powers off.  With 4 KiB pages, arm64
 * maps a 64 KiB folio with 16 contiguous PTEs (CONFIG_ARM64_CONTPTE): the
 * mappings mm-smoke forks, protects, remaps and unmaps are then the ones
 * whose entries must only be read through ptep_get().  A static C program
 * rather than a shell, so that the same initramfs can be built for any
 * architecture from the cross compiler's libc alone.
 */
#include <stdio.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static void mount_fs(const char *type, const char *dir)
{
	mkdir(dir, 0755);
	if (mount(type, dir, type, 0, NULL) != 0)
		perror(dir);
}

#define MTHP_64K "/sys/kernel/mm/transparent_hugepage/hugepages-64kB"

static int write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	int ok = f && fputs(text, f) >= 0;

	if (f && fclose(f) != 0)
		ok = 0;
	return ok;
}

/* Print the first line of PATH after LABEL, if PATH can be read. */
static void print_file(const char *label, const char *path)
{
	char line[512];
	FILE *f = fopen(path, "r");

	if (f && fgets(line, sizeof(line), f))
		printf("boot-test: %s%s", label, line);
	if (f)
		fclose(f);
}

int main(void)
{
	char *const argv[] = { "/bin/mm-smoke", NULL };
	int status = -1;
	pid_t pid;

	mount_fs("proc", "/proc");
	mount_fs("sysfs", "/sys");
	mount_fs("devtmpfs", "/dev");
	mount_fs("tmpfs", "/tmp");
	print_file("kernel ", "/proc/version");
	if (write_file(MTHP_64K "/enabled", "always"))
		printf("boot-test: 64 KiB anonymous THP: always\n");
	fflush(stdout);

	pid = fork();
	if (pid == 0) {
		execv(argv[0], argv);
		perror(argv[0]);
		_exit(127);
	}
	if (pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status))
		printf("boot-test: mm-smoke exit status %d\n", WEXITSTATUS(status));
	else
		printf("boot-test: mm-smoke did not exit normally (status %d)\n", status);
	print_file("64 KiB folios allocated at fault: ", MTHP_64K "/stats/anon_fault_alloc");
	fflush(stdout);
	sync();
	reboot(RB_POWER_OFF);
	return 1;
}
