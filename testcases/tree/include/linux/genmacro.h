/* Not arch code: a raw-access macro in a generic header. */
#ifndef _LINUX_GENMACRO_H
#define _LINUX_GENMACRO_H

#define GENERIC_LOAD(p)		(*(p))			/* quiet */

#endif
