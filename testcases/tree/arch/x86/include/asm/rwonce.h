/* READ_ONCE and WRITE_ONCE, defined in arch code as some architectures do. */
#ifndef _ASM_X86_RWONCE_H
#define _ASM_X86_RWONCE_H

#define READ_ONCE(x) (*(const volatile typeof(x) *)&(x))
#define WRITE_ONCE(x, val)						\
do {									\
	*(volatile typeof(x) *)&(x) = (val);				\
} while (0)

#endif
